// What a `:` command line means: the app layer's parsing (app/commands), used by the command bar.
export { BUILTIN_WORDS, parseCommandLine, type CommandLine } from '../app/commands/commandLine.js';
