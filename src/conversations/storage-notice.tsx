import { useMessages } from '../i18n/catalogue';
import { useConversationUi } from './conversation-ui-store';
import { conversationMessages } from './messages';

/** The one message about keeping conversations: said once, never in the way of the call. */
export function StorageNotice() {
  const m = useMessages(conversationMessages);
  const fault = useConversationUi((state) => state.fault);
  if (!fault) return null;
  return (
    <div className="conv-notice" role="alert" data-storage-fault={fault}>
      <p>{m.fault[fault]}</p>
      <button type="button" className="quiet" onClick={() => useConversationUi.setState({ fault: null })}>
        {m.dismiss}
      </button>
    </div>
  );
}
