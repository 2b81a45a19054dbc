/** What a built page and the server that serves it agree on about where the token server is. */

/** `config.json` beside index.html: `{ "tokenServerUrl": "https://tokens.example.com" }`, read by the page at start. */
export const PAGE_CONFIG_FILE = 'config.json';

/** `<meta name=… content=URL>` the build writes into index.html when VITE_TOKEN_SERVER_URL is set. */
export const TOKEN_SERVER_META = 'persona-talk-token-server';
