// The shape of one outlet entry in data/outlets.json and in user-supplied outlet files.
import { z } from 'zod';

export const OutletEntry = z.object({
  name: z.string().min(1),
  domains: z.array(z.string().min(3)).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code').nullable().default(null),
  groups: z.array(z.string().min(1)).default([]),
});
export type OutletEntry = z.infer<typeof OutletEntry>;

export const OutletFile = z.array(OutletEntry);
