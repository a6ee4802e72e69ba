import { tokenizer } from 'acorn';

/**
 * True when an MDX `{…}` expression compiles to nothing: it holds only whitespace and comments.
 * Decided by acorn's tokenizer, as a module (where `<!--` is not a comment, as in the compiled
 * note), so no trick of nested line and block comment markers can hide code from it. Anything
 * the tokenizer cannot read, such as an unclosed comment, is not empty.
 */
export function isEmptyExpression(expression: string): boolean {
	try {
		const tokens = tokenizer(expression, {
			ecmaVersion: 'latest',
			sourceType: 'module',
			allowHashBang: false,
		});
		return tokens.getToken().type.label === 'eof';
	} catch {
		return false;
	}
}
