// A note page's own script: the table of contents and the code blocks.
import './toc';
import './code-blocks';
