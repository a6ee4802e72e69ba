/** A run of message text, and whether it was written in backticks. */
export interface TextPart {
	text: string;
	code: boolean;
}

/** Split a diagnostic message at its backticks, so `COPY . .` can be shown as code. */
export function splitInlineCode(message: string): TextPart[] {
	return message
		.split(/(`[^`]+`)/)
		.filter((part) => part.length > 0)
		.map((part) =>
			part.length > 2 && part.startsWith('`') && part.endsWith('`')
				? { text: part.slice(1, -1), code: true }
				: { text: part, code: false }
		);
}
