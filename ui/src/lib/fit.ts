// A line of a text layer stretched to the width of its words on the page image, so that what
// she selects lies over what she sees. A Svelte action: `use:fitTo={widthInPixels}`.
export function fitTo(node: HTMLElement, width: number) {
  const fit = (target: number) => {
    node.style.transform = "";
    const natural = node.getBoundingClientRect().width;
    if (natural > 0 && target > 0) node.style.transform = `scaleX(${target / natural})`;
  };
  fit(width);
  return { update: fit };
}
