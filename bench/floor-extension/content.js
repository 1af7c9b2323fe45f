// The floor: walk every text node of the document once, at DOMContentLoaded, reading its text.
document.addEventListener(
  'DOMContentLoaded',
  () => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    let characters = 0;
    while (walker.nextNode()) characters += walker.currentNode.data.length;
    globalThis.benchFloorCharacters = characters;
  },
  { once: true },
);
