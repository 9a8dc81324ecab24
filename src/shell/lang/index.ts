/** The shell language: parse a command line into a tree and expand its words. */
export type { AndOr, Assignment, List, ParamOp, SimpleCommand, Word, WordPart } from './ast';
export type { ParseError } from './errors';
export { LIMITS } from './limits';
export { asAssignment, needsMoreInput, parse, type ParseOptions, type ParseResult } from './parser';
