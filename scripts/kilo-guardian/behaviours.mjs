// What each image prints when the simulated kubelet runs it. Lines carry no timestamps of their
// own (uvicorn's and morgan's default formats have none), so they read true whenever the demo
// runs; `kubectl logs --timestamps` style prefixes come from the kubelet.
import { POD_IPS } from './services.mjs';

const PROBE = '10.42.0.1'; // the node's cni0 address: where kubelet probes come from
const GATEWAY = POD_IPS['kilo-gateway-7778cfddf7'];
const FRONTEND = POD_IPS['kilo-frontend-6bf69bcfbf'];

const access = (from, port, request, status = '200 OK') => `INFO:     ${from}:${port} - "${request} HTTP/1.1" ${status}`;

function uvicornStartup(port, logger, appLines) {
  return [
    'INFO:     Started server process [1]',
    'INFO:     Waiting for application startup.',
    ...appLines.map((line) => `INFO:${logger}:${line}`),
    'INFO:     Application startup complete.',
    `INFO:     Uvicorn running on http://0.0.0.0:${port} (Press CTRL+C to quit)`,
  ];
}

// Per service: the application's own start-up lines and the requests it typically serves.
const UVICORN_APPS = {
  'kilo-ai-brain': { logger: 'ai_brain', start: ['Loading embedding model all-MiniLM-L6-v2', 'Knowledge index ready: 1842 documents', 'LLM backend: ollama model=llama3.2:3b'],
    requests: ['POST /chat', 'GET /context/today', 'POST /ocr/interpret'] },
  'kilo-cam': { logger: 'cam', start: ['Opening /dev/video0 at 1280x720', 'Motion detector armed (sensitivity=0.35)'],
    requests: ['GET /snapshot', 'GET /events?since=10m'] },
  'kilo-financial': { logger: 'financial', start: ['Database ready at /data/financial.db', 'Metrics exporter started on :9105'],
    requests: ['GET /budget/summary', 'GET /bills/upcoming'] },
  'kilo-gateway': { logger: 'gateway', start: ['Routing table loaded: 11 upstream services', 'Multipart uploads: streaming to disk (limit 50 MB)'],
    requests: ['GET /api/meds/today', 'GET /api/habits/streaks', 'POST /api/library/upload', 'GET /api/stats/summary'] },
  'kilo-habits': { logger: 'habits', start: ['Database ready at /data/habits.db', 'Circuit breaker enabled for kilo-ai-brain (threshold=5)'],
    requests: ['GET /habits/streaks', 'POST /habits/checkin'] },
  'kilo-library': { logger: 'library_of_truth', start: ['Indexed 318 documents from /data/library', 'Full-text search ready'],
    requests: ['GET /search?q=warranty', 'POST /upload'] },
  'kilo-meds': { logger: 'meds', start: ['Database ready at /data/meds.db (42 prescriptions)', 'Reminder schedule loaded: 9 doses today'],
    requests: ['GET /medications/today', 'POST /doses/taken'] },
  'kilo-ml-engine': { logger: 'ml_engine', start: ['Loaded model habit_forecast v4 (scikit-learn 1.4.2)', 'Feature store warm: 30 days'],
    requests: ['POST /predict/habits', 'GET /insights/weekly'] },
  'kilo-reminder': { logger: 'reminder', start: ['Scheduler started with 14 jobs', 'Circuit breaker enabled for kilo-socketio (threshold=5)'],
    requests: ['GET /reminders/upcoming', 'POST /reminders/ack'] },
  'kilo-usb-transfer': { logger: 'usb_transfer', start: ['Watching /media/usb for new devices', 'Transfer queue empty'],
    requests: ['GET /devices', 'GET /transfers/status'] },
  'kilo-voice': { logger: 'voice', start: ['Loaded wake word model "hey kilo"', 'Piper TTS voice en_US-amy-medium ready'],
    requests: ['POST /speak', 'POST /transcribe'] },
};

function uvicornBehaviour(service, image) {
  const app = UVICORN_APPS[service.name];
  const lines = app.requests.flatMap((request, i) => [
    access(PROBE, 40110 + i * 2, 'GET /health'),
    access(service.name === 'kilo-gateway' ? FRONTEND : GATEWAY, 51820 + i * 7, request),
  ]);
  return { image, startup: uvicornStartup(service.port, app.logger, app.start), startupIntervalMs: 120, every: { intervalSeconds: 5, lines } };
}

function frontendBehaviour(image) {
  const build = image.slice(image.lastIndexOf(':') + 1);
  return {
    image,
    startup: ['', '> kilo-frontend@3.2.0 start', '> node server.js', '', `[kilo-frontend] build ${build}`,
      '[kilo-frontend] proxying /api -> http://kilo-gateway:8000', '[kilo-frontend] listening on http://0.0.0.0:80'],
    startupIntervalMs: 80,
    every: { intervalSeconds: 5, lines: ['GET /healthz 200 2 - 0.412 ms', 'GET /api/stats/summary 200 1843 - 38.102 ms',
      'GET /healthz 200 2 - 0.377 ms', 'GET /static/js/main.8c1f2e.js 304 - - 0.902 ms'] },
  };
}

function ollamaBehaviour(image) {
  return {
    image,
    startup: [
      'level=INFO source=routes.go:1259 msg="server config" env="map[OLLAMA_HOST:http://0.0.0.0:11434 OLLAMA_KEEP_ALIVE:24h0m0s OLLAMA_MAX_LOADED_MODELS:1 OLLAMA_MODELS:/root/.ollama/models OLLAMA_NUM_PARALLEL:1]"',
      'level=INFO source=images.go:757 msg="total blobs: 6"',
      'level=INFO source=images.go:764 msg="total unused blobs removed: 0"',
      'level=INFO source=routes.go:1310 msg="Listening on [::]:11434 (version 0.5.4)"',
      'level=INFO source=routes.go:1339 msg="Dynamic LLM libraries" runners="[cpu cpu_avx cpu_avx2]"',
      'level=INFO source=gpu.go:226 msg="looking for compatible GPUs"',
      'level=INFO source=gpu.go:392 msg="no compatible GPUs were discovered"',
      'level=INFO source=types.go:131 msg="inference compute" id=0 library=cpu variant=avx2 compute="" driver=0.0 name="" total="7.6 GiB" available="5.9 GiB"',
    ],
    startupIntervalMs: 60,
    every: { intervalSeconds: 5, lines: [
      `[GIN] | 200 |      41.3µs |       ${PROBE} | GET      "/"`,
      `[GIN] | 200 |  2.481913s |     ${POD_IPS['kilo-ai-brain-c679fb7f9']} | POST     "/api/chat"`,
      `[GIN] | 200 |      38.9µs |       ${PROBE} | GET      "/"`,
      `[GIN] | 200 |    812.4µs |     ${POD_IPS['kilo-ai-brain-c679fb7f9']} | GET      "/api/tags"`,
    ] },
  };
}

function socketioBehaviour(image) {
  return {
    image,
    startup: [
      'Collecting python-socketio==5.11.0',
      '  Downloading python_socketio-5.11.0-py3-none-any.whl.metadata (3.2 kB)',
      'Collecting aiohttp==3.9.3',
      '  Downloading aiohttp-3.9.3-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (7.4 kB)',
      'Collecting python-engineio>=4.8.0 (from python-socketio==5.11.0)',
      'Installing collected packages: multidict, frozenlist, bidict, yarl, simple-websocket, aiosignal, python-engineio, aiohttp, python-socketio',
      'Successfully installed aiohttp-3.9.3 aiosignal-1.3.1 bidict-0.23.1 frozenlist-1.4.1 multidict-6.0.5 python-engineio-4.9.0 python-socketio-5.11.0 simple-websocket-1.0.0 yarl-1.9.4',
      "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager. It is recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv",
      '======== Running on http://0.0.0.0:9010 ========',
      '(Press CTRL+C to quit)',
    ],
    startupIntervalMs: 400,
    every: { intervalSeconds: 5, lines: [
      'INFO:kilo-socketio:health: 2 clients connected',
      `INFO:kilo-socketio:emit reminder_due to room tablet (1 client) from ${POD_IPS['kilo-reminder-555bf7c6f9']}`,
      'INFO:kilo-socketio:health: 2 clients connected',
      'INFO:kilo-socketio:client connected sid=Jx3kQ9vR2mPz (clients=2)',
    ] },
  };
}

/** The rollout that never became available: a missing dependency kills it on import. */
export const MEDS_CRASH_BEHAVIOUR = {
  image: 'kilo-meds:ai-brain-ocr-v2',
  startup: [
    'Traceback (most recent call last):',
    '  File "/app/main.py", line 16, in <module>',
    '    from prometheus_client import Counter, start_http_server',
    "ModuleNotFoundError: No module named 'prometheus_client'",
  ],
  startupIntervalMs: 5,
  exit: { afterSeconds: 1, code: 1, reason: 'Error' },
};

// What each service uses on the tablet, as metrics-server would report it: mostly idle Python
// services, a camera doing motion detection, ollama holding llama3.2:3b in memory, and
// kilo-ai-brain leaking until its 2Gi limit (its previous instance lived 40 minutes before the
// OOM kill the fixture records: 620Mi + 36Mi a minute reaches 2Gi in ~40 minutes).
const USAGE = {
  'kilo-ai-brain': { cpu: { pattern: 'spiky', millicores: 40 }, memory: { pattern: 'leak', mebibytes: 620, leakMebibytesPerMinute: 36 } },
  'kilo-cam': { cpu: { pattern: 'steady', millicores: 85 }, memory: { pattern: 'steady', mebibytes: 180 } },
  'kilo-financial': { cpu: { pattern: 'idle', millicores: 4 }, memory: { pattern: 'steady', mebibytes: 95 } },
  'kilo-frontend': { cpu: { pattern: 'idle', millicores: 2 }, memory: { pattern: 'steady', mebibytes: 48 } },
  'kilo-gateway': { cpu: { pattern: 'steady', millicores: 12 }, memory: { pattern: 'steady', mebibytes: 110 } },
  'kilo-habits': { cpu: { pattern: 'idle', millicores: 3 }, memory: { pattern: 'steady', mebibytes: 88 } },
  'kilo-library': { cpu: { pattern: 'idle', millicores: 5 }, memory: { pattern: 'steady', mebibytes: 240 } },
  'kilo-meds': { cpu: { pattern: 'idle', millicores: 3 }, memory: { pattern: 'steady', mebibytes: 92 } },
  'kilo-ml-engine': { cpu: { pattern: 'spiky', millicores: 25 }, memory: { pattern: 'steady', mebibytes: 410 } },
  'kilo-ollama': { cpu: { pattern: 'spiky', millicores: 150 }, memory: { pattern: 'steady', mebibytes: 2300 } },
  'kilo-reminder': { cpu: { pattern: 'idle', millicores: 3 }, memory: { pattern: 'steady', mebibytes: 76 } },
  'kilo-socketio': { cpu: { pattern: 'idle', millicores: 2 }, memory: { pattern: 'steady', mebibytes: 64 } },
  'kilo-usb-transfer': { cpu: { pattern: 'idle', millicores: 1 }, memory: { pattern: 'steady', mebibytes: 35 } },
  'kilo-voice': { cpu: { pattern: 'spiky', millicores: 30 }, memory: { pattern: 'steady', mebibytes: 350 } },
};

/**
 * Images pushed to the registry but run by no revision yet: the report's next steps deploy them.
 * kilo-meds' fixed build imports prometheus_client (its metrics exporter starts) and serves;
 * kilo/socketio:latest is the custom image the report asks for, its dependencies baked in.
 */
export function pushedImageBehaviours(services) {
  const meds = services.find((s) => s.name === 'kilo-meds');
  const fixed = uvicornBehaviour(meds, 'kilo-meds:ai-brain-ocr-v3');
  const startup = [...fixed.startup];
  startup.splice(2, 0, 'INFO:meds:Metrics exporter started on :9101 (prometheus_client 0.20.0)', 'INFO:meds:AI Brain OCR client ready (http://kilo-ai-brain:9004/ocr/interpret)');
  const socketio = socketioBehaviour('kilo/socketio:latest');
  return [
    { ...fixed, startup },
    { ...socketio, startup: socketio.startup.filter((line) => !/Collecting|Downloading|Installing|Successfully installed|WARNING: Running pip/.test(line)), startupIntervalMs: 150 },
  ];
}

/** How `image` (one of `service`'s revisions) behaves when run. */
export function behaviourFor(service, image) {
  // The crashing image dies on import: it never gets to use anything, and declares nothing.
  if (image === MEDS_CRASH_BEHAVIOUR.image) return MEDS_CRASH_BEHAVIOUR;
  const usage = USAGE[service.name];
  switch (service.kind) {
    case 'node': return { ...frontendBehaviour(image), usage };
    case 'ollama': return { ...ollamaBehaviour(image), usage };
    case 'socketio': return { ...socketioBehaviour(image), usage };
    default: return { ...uvicornBehaviour(service, image), usage };
  }
}
