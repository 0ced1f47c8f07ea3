// The package's types cover its index only; this file is the readerability check alone, without Readability.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
