import { useId } from 'react';
import { useCallStore } from '../call/call-store';
import { useMessages } from '../i18n/catalogue';
import { CallRecorder } from './call-recorder';
import { continueConversation, downloadRecording, exportConversation } from './conversation-actions';
import { useConversationUi } from './conversation-ui-store';
import { formatBytes } from './figures-format';
import { conversationMessages } from './messages';
import { StorageNotice } from './storage-notice';
import './conversations.css';

/** Beside the call before and after it: the recording switch, Continue after a reload, export and the recording. */
export function ConversationControls() {
  const m = useMessages(conversationMessages);
  const switchId = useId();
  const status = useCallStore((state) => state.status);
  const { recordingWanted, resumableId, currentId, lastRecording } = useConversationUi();
  const canRecord = CallRecorder.isSupported();
  const callIdle = status === 'idle' || status === 'ended' || status === 'failed';

  return (
    <div className="conv-controls" data-conversation-controls="">
      <StorageNotice />
      {resumableId && callIdle ? (
        <div className="conv-resume" role="status" data-resumable={resumableId}>
          <p>{m.resumeNotice}</p>
          <button type="button" className="primary" data-action="continue" onClick={() => continueConversation(resumableId)}>
            {m.continueCall}
          </button>
        </div>
      ) : null}
      <div className="conv-record">
        <input
          id={switchId}
          type="checkbox"
          role="switch"
          checked={recordingWanted}
          disabled={!canRecord || !callIdle}
          onChange={(event) => useConversationUi.setState({ recordingWanted: event.target.checked })}
          data-recording-switch=""
        />
        <label htmlFor={switchId}>{canRecord ? m.recordSwitch : m.recordingUnsupported}</label>
      </div>
      {currentId && callIdle ? (
        <div className="conv-actions">
          <button type="button" className="quiet" data-action="export-markdown" onClick={() => void exportConversation(currentId, 'markdown')}>
            {m.exportMarkdown}
          </button>
          <button type="button" className="quiet" data-action="export-json" onClick={() => void exportConversation(currentId, 'json')}>
            {m.exportJson}
          </button>
          {lastRecording?.conversationId === currentId ? (
            <button type="button" className="quiet" data-action="download-recording" data-bytes={lastRecording.bytes} onClick={() => void downloadRecording(currentId, lastRecording.key)}>
              {m.downloadRecording(formatBytes(lastRecording.bytes))}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
