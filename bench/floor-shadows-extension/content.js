// The floor (../floor-extension: one walk of the text at DOMContentLoaded), plus what finding open
// shadow roots takes: every element looked over for one then, and once more a second later, for
// roots attached meanwhile (attachShadow leaves no trace to observe).
const lookForShadowRoots = () => {
  const elements = document.querySelectorAll('*');
  let roots = 0;
  for (let index = 0; index < elements.length; index++) if (elements[index].shadowRoot) roots++;
  return roots;
};
document.addEventListener(
  'DOMContentLoaded',
  () => {
    const walker = document.createTreeWalker(document, NodeFilter.SHOW_TEXT);
    let characters = 0;
    while (walker.nextNode()) characters += walker.currentNode.data.length;
    globalThis.benchFloorCharacters = characters;
    globalThis.benchFloorShadowRoots = lookForShadowRoots();
    setTimeout(() => {
      globalThis.benchFloorShadowRoots = lookForShadowRoots();
    }, 1000);
  },
  { once: true },
);
