// The write token lives in sessionStorage only: gone when the tab closes, never in localStorage or a cookie.
const KEY = 'parallax.writeToken';

export function loadWriteToken(): string {
  try { return sessionStorage.getItem(KEY) ?? ''; } catch { return ''; }
}

export function saveWriteToken(token: string): void {
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch { /* storage disabled: the token is used for this request only */ }
}
