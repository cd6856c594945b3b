import type { Knowledge, Lang } from '@cobridge/policy-knowledge';
import { replyFromTool } from '@cobridge/reply';
import { runTool } from '@cobridge/reply/tools';
import type { SlackMessage } from './render/block-kit.js';
import { layoutReply } from './render/layout-reply.js';
import type { MessageToolRequest } from './tool-request.js';

/**
 * The message a tool request gets, in `lang`: the result when it has what it needs, otherwise the tool's picker.
 * Teachers' items come first.
 */
export function toolReply(knowledge: Knowledge, request: MessageToolRequest, lang: Lang): SlackMessage {
  return layoutReply(replyFromTool(runTool(knowledge, request, 'teacher', lang), 'teacher', lang));
}
