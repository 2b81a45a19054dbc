import { useMessages } from '../i18n/catalogue';
import { SUGGESTED_GEMINI_MODELS, useGeminiSettings } from './gemini-settings';
import { studioExtraMessages } from './studio-extra-messages';
import { studioMessages } from './studio-messages';

export default function GeminiSettingsPanel() {
  const { model, useOwnKey, ownKey, setModel, setUseOwnKey, setOwnKey } = useGeminiSettings();
  const m = { ...useMessages(studioMessages), ...useMessages(studioExtraMessages) };
  return (
    <details className="gemini-settings">
      <summary>{m.settings}</summary>
      <label>
        {m.geminiModel}
        <input type="text" list="gemini-models" value={model} spellCheck={false} onChange={(e) => setModel(e.target.value)} />
      </label>
      <datalist id="gemini-models">
        {SUGGESTED_GEMINI_MODELS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <label className="checkbox">
        <input type="checkbox" checked={useOwnKey} onChange={(e) => setUseOwnKey(e.target.checked)} />
        {m.useOwnKey}
      </label>
      {useOwnKey && (
        <label>
          {m.apiKey}
          <input type="password" autoComplete="off" value={ownKey} onChange={(e) => setOwnKey(e.target.value)} />
          <small>{m.keyKept}{!ownKey.trim() && m.keyMissing}</small>
        </label>
      )}
    </details>
  );
}
