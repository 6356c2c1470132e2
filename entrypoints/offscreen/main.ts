import { readStoryFromHtml } from '@/utils/learn/read-in-page';
import { onMessage } from '@/utils/messaging';

// Chrome's offscreen document: the one place an MV3 extension can parse HTML off the reader's page. It reads each
// story the background hands it and answers with what the builder found; it keeps nothing.
onMessage('background:read-story', ({ data }) => readStoryFromHtml(data.html, data.url));
