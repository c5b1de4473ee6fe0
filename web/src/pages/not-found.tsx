import { useTitle } from '../lib/title.js';

export function NotFound() {
  useTitle('Page not found');
  return (
    <div class="page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. Go back to the <a href="/">stories</a> or <a href="/search">search</a> the articles.</p>
    </div>
  );
}
