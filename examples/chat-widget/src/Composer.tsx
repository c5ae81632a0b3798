import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';

/** Props of {@link Composer}. */
export interface ComposerProps {
  onSend: (text: string) => Promise<void>;
  onTyping: () => void;
  onUpload: ((file: File) => Promise<void>) | undefined;
}

const TYPING_EVERY_MS = 3000;

/** The message box: Enter sends, Shift+Enter breaks the line, 📎 uploads a file. */
export function Composer({ onSend, onTyping, onUpload }: ComposerProps) {
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [upload, setUpload] = useState<{ name: string; progress: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lastTyping = useRef(0);
  const fileInput = useRef<HTMLInputElement>(null);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    const message = text.trim();
    if (!message || sending) return;
    setSending(true);
    setError(null);
    try {
      await onSend(message);
      setText('');
    } catch {
      setError('Your message was not sent. Try again.');
    } finally {
      setSending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  function onChange(value: string) {
    setText(value);
    const now = Date.now();
    if (value && now - lastTyping.current > TYPING_EVERY_MS) {
      lastTyping.current = now;
      onTyping();
    }
  }

  async function onFile(file: File | undefined) {
    if (!file || !onUpload) return;
    setError(null);
    // The simulator stores the file at once; the progress bar shows what a real upload would.
    setUpload({ name: file.name, progress: 0 });
    try {
      for (const progress of [20, 45, 70, 90]) {
        await new Promise((r) => setTimeout(r, 120));
        setUpload({ name: file.name, progress });
      }
      await onUpload(file);
    } catch {
      setError(`${file.name} was not uploaded. Try again.`);
    } finally {
      setUpload(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  }

  return (
    <form className="cw-composer" onSubmit={(e) => void submit(e)} aria-label="Send a message">
      {upload && (
        <div className="cw-upload" role="status">
          <span className="cw-upload-name">Uploading {upload.name}…</span>
          <progress max={100} value={upload.progress} aria-label={`Uploading ${upload.name}`} />
        </div>
      )}
      {error && (
        <p className="cw-error" role="alert">
          {error}
        </p>
      )}
      <div className="cw-composer-row">
        {onUpload && (
          <>
            <input
              ref={fileInput}
              type="file"
              className="cw-file"
              aria-label="Attach a file"
              tabIndex={-1}
              onChange={(e) => void onFile(e.target.files?.[0])}
            />
            <button
              type="button"
              className="cw-icon-button"
              aria-label="Attach a file"
              disabled={upload !== null}
              onClick={() => fileInput.current?.click()}
            >
              <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <path
                  fill="currentColor"
                  d="M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10h-1.5Z"
                />
              </svg>
            </button>
          </>
        )}
        <textarea
          className="cw-input"
          rows={1}
          placeholder="Write a message…"
          aria-label="Message"
          value={text}
          maxLength={16_384}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button
          type="submit"
          className="cw-send"
          aria-label="Send"
          disabled={sending || !text.trim()}
        >
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path fill="currentColor" d="M3.4 20.4 21 12 3.4 3.6 3.4 10l12.6 2-12.6 2z" />
          </svg>
        </button>
      </div>
    </form>
  );
}
