import { DockerfileParser, type Dockerfile } from 'dockerfile-ast';

/** What one Dockerfile instruction does, for hover text and the reference note. */
export interface InstructionInfo {
	/** One sentence, at most 90 characters. */
	summary: string;
	/** Whether the instruction adds a filesystem layer to the image. */
	createsLayer: boolean;
}

/** All 18 Dockerfile instructions; only RUN, COPY and ADD add filesystem layers. */
export const INSTRUCTIONS: Record<string, InstructionInfo> = {
	FROM: {
		summary: 'Starts a build stage on top of a base image or an earlier stage.',
		createsLayer: false,
	},
	RUN: {
		summary: 'Runs a command at build time and saves the changed files as a new layer.',
		createsLayer: true,
	},
	CMD: {
		summary: 'Sets the default command, or default arguments, for containers of the image.',
		createsLayer: false,
	},
	LABEL: {
		summary: 'Attaches key=value metadata to the image, such as its source or version.',
		createsLayer: false,
	},
	MAINTAINER: {
		summary: 'Deprecated way to name the author; use a LABEL instead.',
		createsLayer: false,
	},
	EXPOSE: {
		summary: 'Documents the ports the app listens on; it does not publish them.',
		createsLayer: false,
	},
	ENV: {
		summary: 'Sets environment variables for later instructions and for running containers.',
		createsLayer: false,
	},
	ADD: {
		summary: 'Copies files, URLs or git repositories into the image, unpacking local archives.',
		createsLayer: true,
	},
	COPY: {
		summary: 'Copies files from the build context or another stage into the image.',
		createsLayer: true,
	},
	ENTRYPOINT: {
		summary: 'Sets the executable that always runs; CMD supplies its default arguments.',
		createsLayer: false,
	},
	VOLUME: {
		summary: 'Marks a path as a mount point whose data lives outside the container layer.',
		createsLayer: false,
	},
	USER: {
		summary: 'Sets the user (and group) for later instructions and for the container.',
		createsLayer: false,
	},
	WORKDIR: {
		summary: 'Sets the working directory for later instructions, creating it if needed.',
		createsLayer: false,
	},
	ARG: {
		summary: 'Declares a build-time variable that `--build-arg` can set.',
		createsLayer: false,
	},
	ONBUILD: {
		summary: 'Records an instruction to run later, when another image builds FROM this one.',
		createsLayer: false,
	},
	STOPSIGNAL: {
		summary: 'Sets the signal sent to the main process to ask it to stop.',
		createsLayer: false,
	},
	HEALTHCHECK: {
		summary: 'Defines a command Docker runs to check that the container still works.',
		createsLayer: false,
	},
	SHELL: {
		summary: 'Changes the shell used by shell-form RUN, CMD and ENTRYPOINT.',
		createsLayer: false,
	},
};

/** Where an instruction keyword sits in the source. */
export interface InstructionPosition {
	/** 0-based line of the keyword. */
	line: number;
	/** 0-based column of the keyword. */
	column: number;
	/** The keyword in capitals, e.g. `RUN`. */
	keyword: string;
	createsLayer: boolean;
	/** 0-based last line of the instruction, including continuations and heredoc bodies. */
	endLine: number;
}

/**
 * The keyword positions of every known instruction, taken from the parser, so a `FROM` inside a
 * heredoc body or a continued line is never mistaken for an instruction. Misspelt keywords are
 * left out: there is nothing to link them to.
 */
export function getInstructionPositions(source: string | Dockerfile): InstructionPosition[] {
	const dockerfile = typeof source === 'string' ? DockerfileParser.parse(source) : source;
	return dockerfile.getInstructions().flatMap((instruction) => {
		const keyword = instruction.getKeyword();
		const info = INSTRUCTIONS[keyword];
		if (!info) return [];
		const { start } = instruction.getInstructionRange();
		const endLine = instruction.getRange().end.line;
		return [
			{
				line: start.line,
				column: start.character,
				keyword,
				createsLayer: info.createsLayer,
				endLine,
			},
		];
	});
}
