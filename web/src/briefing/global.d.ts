// What the briefing page tells whoever prints it (the PDF route, the browser test): ready once the map is drawn
// and every figure is in; an error message instead when it cannot get there.
declare global {
  interface Window {
    __briefingReady?: boolean;
    __briefingError?: string;
  }
}

export {};
