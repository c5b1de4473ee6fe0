// chrono's Filter shape (src/common/abstractRefiners.ts), which the package does not export.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

export abstract class Filter implements Refiner {
  abstract isValid(context: ParsingContext, result: ParsingResult): boolean;
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => this.isValid(context, r));
  }
}
