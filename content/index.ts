// Content script entry: placeholder until the scanner lands.
export {};
