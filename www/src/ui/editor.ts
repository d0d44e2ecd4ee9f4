/**
 * The code editor (CodeMirror 6 with Python highlighting). Every change is reported so the page
 * can save it: nothing a user typed is lost on a reload.
 */
import { basicSetup } from 'codemirror';
import { EditorView } from '@codemirror/view';
import { python } from '@codemirror/lang-python';

/** A Python editor mounted in `parent`. */
export class CodeEditor {
  private readonly view: EditorView;

  constructor(parent: HTMLElement, doc: string, onChange: (text: string) => void) {
    this.view = new EditorView({
      doc,
      parent,
      extensions: [
        basicSetup,
        python(),
        EditorView.updateListener.of((u) => {
          if (u.docChanged) onChange(u.state.doc.toString());
        }),
        EditorView.contentAttributes.of({ 'aria-label': 'Python program' }),
      ],
    });
  }

  /** The current text. */
  get text(): string {
    return this.view.state.doc.toString();
  }

  /** Replace the whole text. */
  set text(value: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: value } });
  }
}
