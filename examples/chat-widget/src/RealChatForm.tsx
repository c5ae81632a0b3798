import { type FormEvent, useState } from 'react';

/** Props of {@link RealChatForm}. */
export interface RealChatFormProps {
  defaultRegion: string;
  onConnect: (region: string, connectionToken: string) => void;
  onCancel?: () => void;
}

/**
 * Region and ConnectionToken of a real Amazon Connect chat. The token stays in React state: it
 * is never written to storage, a URL or the console.
 */
export function RealChatForm({ defaultRegion, onConnect, onCancel }: RealChatFormProps) {
  const [region, setRegion] = useState(defaultRegion);
  const [token, setToken] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    if (region.trim() && token.trim()) onConnect(region.trim(), token.trim());
  }
  return (
    <form className="cw-real" onSubmit={submit} aria-label="Connect to a real Amazon Connect chat">
      <h2>Use a real Amazon Connect chat</h2>
      <p>
        Paste the <code>ConnectionToken</code> from CreateParticipantConnection (see the README). It
        is kept in memory only.
      </p>
      <label>
        Region
        <input value={region} onChange={(e) => setRegion(e.target.value)} placeholder="us-east-1" />
      </label>
      <label>
        ConnectionToken
        <input
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={token}
          onChange={(e) => setToken(e.target.value)}
        />
      </label>
      <div className="cw-real-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Back to the simulator
          </button>
        )}
        <button type="submit" disabled={!region.trim() || !token.trim()}>
          Connect
        </button>
      </div>
    </form>
  );
}
