/** `@zorgkit/core/identifiers` (in progress). @module */
export {};
