import { SUGGESTED_GEMINI_MODELS, useGeminiSettings } from './gemini-settings';

export function GeminiSettingsPanel() {
  const { model, useOwnKey, ownKey, setModel, setUseOwnKey, setOwnKey } = useGeminiSettings();
  return (
    <details className="gemini-settings">
      <summary>Settings</summary>
      <label>
        Gemini model
        <input type="text" list="gemini-models" value={model} spellCheck={false} onChange={(e) => setModel(e.target.value)} />
      </label>
      <datalist id="gemini-models">
        {SUGGESTED_GEMINI_MODELS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <label className="checkbox">
        <input type="checkbox" checked={useOwnKey} onChange={(e) => setUseOwnKey(e.target.checked)} />
        Use my own Gemini key
      </label>
      {useOwnKey && (
        <label>
          Gemini API key
          <input type="password" autoComplete="off" value={ownKey} onChange={(e) => setOwnKey(e.target.value)} />
          <small>Kept in this tab only (session storage) and sent only to Google.{!ownKey.trim() && ' Without a key the server’s Gemini is used.'}</small>
        </label>
      )}
    </details>
  );
}
