declare module 'mark.js' {
  interface MarkRegExpOptions {
    exclude?: string[];
    each?: (element: Element) => void;
    done?: (marks: number) => void;
  }
  export default class Mark {
    constructor(context: Element | Element[] | string);
    markRegExp(pattern: RegExp, options?: MarkRegExpOptions): void;
  }
}
