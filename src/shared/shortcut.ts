// The guide's one keyboard shortcut: from the page to the guide and back. Seller Center's dialogs keep Tab inside
// themselves (Arco's focus lock), so without it a keyboard user could not reach the checklist beside the dialog.
import type { GuideFocusMessage } from './messages';

export const SHORTCUT = 'Alt+Shift+G'; // as aria-keyshortcuts spells it

/** By the physical key, so Option+Shift+G on a Mac (which types a character) and other layouts count too. */
export const isShortcut = (e: KeyboardEvent): boolean => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyG';

/** As the owner's keyboard labels it. */
export const shortcutLabel = (): string => (/^Mac/.test(navigator.platform) ? 'Option+Shift+G' : SHORTCUT);

/**
 * The same move from a key of the owner's choosing: the manifest's `focus-guide` command has no key of its own (the
 * in-page Alt+Shift+G works everywhere without one); a key set for it in the browser's extension shortcuts reaches
 * the background, which passes it on to the tab as this message.
 */
export const GUIDE_FOCUS: GuideFocusMessage['type'] = 'guide/focus';
