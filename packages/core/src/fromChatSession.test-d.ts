/// <reference types="amazon-connect-chatjs" />
import type { ChatSessionLike } from './fromChatSession.js';

// A real chatjs session (customer or agent) fits the structural type, without a cast.
declare const customer: connect.CustomerChatSession;
declare const agent: connect.AgentChatSession;
export const asCustomer: ChatSessionLike = customer;
export const asAgent: ChatSessionLike = agent;
