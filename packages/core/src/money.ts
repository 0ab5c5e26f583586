/** `@zorgkit/core/money` (in progress). @module */
export {};
