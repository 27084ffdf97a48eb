/** Worker thread: runs articles it is sent and writes each result to the cache; replies with the count. */
import { parentPort } from 'node:worker_threads';
import { runArticle } from '../build/article-runner.ts';
import { writeCached, type Job } from '../build/article-cache.ts';

parentPort!.on('message', (jobs: Job[]) => {
  for (const job of jobs) writeCached(job.cacheDir, job.key, runArticle(job.rawDir, job.file, job.sidecar));
  parentPort!.postMessage(jobs.length);
});
