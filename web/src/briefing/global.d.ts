// What the briefing page tells whoever prints it (the PDF route, the browser test): ready once the map is drawn
// and every figure is in; an error message instead when it cannot get there. And how the server shows a page it
// keeps open another view (main.tsx).
declare global {
  interface Window {
    __briefingReady?: boolean;
    __briefingError?: string;
    /** Shows the view of another query (`?region=KG-J&lang=ky`) in this page; resets the two flags above. */
    __briefingShow?: (search: string) => void;
  }
}

export {};
