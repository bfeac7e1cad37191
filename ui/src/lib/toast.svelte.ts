// A short message at the foot of the window after an action ("Task deleted."), with the way to
// take it back when there is one. One at a time: a new message replaces the last.
export const toast = $state<{ message: string | null; undo: boolean; seq: number }>({ message: null, undo: false, seq: 0 });

/** Shows `message`; with `undo`, an Undo button beside it takes back her latest edit. */
export function announce(message: string, undo = false): void {
  toast.message = message;
  toast.undo = undo;
  toast.seq += 1;
}

export function dismiss(): void {
  toast.message = null;
  toast.undo = false;
}
