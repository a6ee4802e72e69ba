import type { APIRoute } from 'astro';
import { learningPath } from '../../content';
import { slugsBySection } from '../../lib/learning-path';

// Past the sidebar's link budget a note page lists only part of the path; the progress script
// fetches this (once, and only for a reader with progress) to count the sections it can't see.
export const GET: APIRoute = async () => Response.json(slugsBySection(await learningPath()));
