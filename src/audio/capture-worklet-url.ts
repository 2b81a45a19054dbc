// URL of the bundled capture worklet. `?worker&url` makes Vite compile the TypeScript worklet, inline its
// imports into a single module file and return its URL (dev: a served module; build: dist/assets/*.js).
// Kept in its own file so unit tests can replace it with vi.mock.
import captureWorkletUrl from './capture-worklet?worker&url';

export default captureWorkletUrl;
