// The namespace as the 2026-01-06 audit report saw it: one row per Deployment, from the report's
// per-service ReplicaSet table, its deployment table and its service list. Everything the
// generator emits is derived from these rows, so a change to the scenario starts here.

export const NAMESPACE = 'kilo-guardian';
export const CAPTURED_AT = '2026-01-06T12:00:00Z';

/**
 * ages: how long before capture each revision's ReplicaSet was created, as [days, hours, minutes].
 * `oldest` is revision 1 (the report's "Oldest RS Age"), `active` the serving revision (the
 * deployment table's "Age"). Revisions in between are spread evenly.
 * olderTags: image tags of revisions 1..N-1 for tagged images; `:latest` images instead differ by
 * their BUILD_ID env var, because a controller only makes a new ReplicaSet for a changed template.
 */
export const SERVICES = [
  { name: 'kilo-ai-brain', image: 'kilo/ai_brain:latest', port: 9004, clusterIP: '10.43.63.197', total: 3, activeName: 'kilo-ai-brain-c679fb7f9',
    oldest: [8, 20, 14], active: [8, 2, 41], kind: 'uvicorn' },
  { name: 'kilo-cam', image: 'kilo/cam:latest', port: 9007, clusterIP: '10.43.12.200', total: 8, activeName: 'kilo-cam-6c75c48cd6',
    oldest: [8, 19, 2], active: [3, 5, 17], kind: 'uvicorn' },
  { name: 'kilo-financial', image: 'kilo/financial:latest', port: 9005, clusterIP: '10.43.216.158', total: 9, activeName: 'kilo-financial-6767599d96',
    oldest: [7, 20, 33], active: [0, 22, 8], kind: 'uvicorn' },
  { name: 'kilo-frontend', image: 'kilo-frontend:stats-v3', port: 80, clusterIP: '10.43.106.87', total: 11, activeName: 'kilo-frontend-6bf69bcfbf',
    oldest: [7, 15, 48], active: [0, 22, 31], kind: 'node',
    olderTags: ['v1.0', 'v1.1', 'v1.2', 'v1.3', 'v1.4', 'dashboard-v1', 'dashboard-v2', 'stats-v1', 'stats-v2', 'stats-v2-hotfix'] },
  { name: 'kilo-gateway', image: 'kilo-gateway:multipart-fix', port: 8000, clusterIP: '10.43.138.244', total: 6, activeName: 'kilo-gateway-7778cfddf7',
    oldest: [7, 22, 5], active: [0, 17, 12], kind: 'uvicorn',
    olderTags: ['v1', 'v2', 'cb1', 'cb2', 'upload-v1'] },
  { name: 'kilo-habits', image: 'kilo-habits:cb1', port: 9003, clusterIP: '10.43.142.9', total: 5, activeName: 'kilo-habits-59c9bf486f',
    oldest: [7, 22, 40], active: [0, 23, 19], kind: 'uvicorn',
    olderTags: ['v1', 'v1.1', 'v2', 'streaks-v1'] },
  { name: 'kilo-library', image: 'kilo/library_of_truth:latest', port: 9006, clusterIP: '10.43.173.215', total: 4, activeName: 'kilo-library-6dd7ff6d48',
    oldest: [8, 18, 51], active: [3, 5, 16], kind: 'uvicorn' },
  { name: 'kilo-meds', image: 'kilo-meds:ai-brain-ocr-v2', port: 9001, clusterIP: '10.43.214.225', total: 9, activeName: 'kilo-meds-7568f7694c',
    oldest: [7, 21, 26], active: [0, 0, 7], kind: 'uvicorn',
    // Revision 8 (cb1) still serves: the rollout to revision 9 never became available.
    olderTags: ['v1', 'v1.1', 'v2', 'ocr-v1', 'ocr-v1-fix', 'v2.1', 'ai-brain-ocr-v1', 'cb1'],
    previous: { name: 'kilo-meds-55d9cd8856', revision: 8, age: [0, 23, 24] } },
  { name: 'kilo-ml-engine', image: 'kilo/ml_engine:latest', port: 9008, clusterIP: '10.43.196.200', total: 4, activeName: 'kilo-ml-engine-5b789cf9d8',
    oldest: [8, 18, 47], active: [3, 5, 15], kind: 'uvicorn' },
  { name: 'kilo-ollama', image: 'ollama/ollama:latest', port: 11434, clusterIP: null, total: 4, activeName: 'kilo-ollama-5cbbf465bf',
    oldest: [8, 23, 3], active: [3, 5, 20], kind: 'ollama' },
  { name: 'kilo-reminder', image: 'kilo-reminder:cb1', port: 9002, clusterIP: '10.43.144.204', total: 5, activeName: 'kilo-reminder-555bf7c6f9',
    oldest: [8, 0, 37], active: [0, 23, 18], kind: 'uvicorn',
    olderTags: ['v1', 'v1.1', 'v2', 'tts-v1'] },
  { name: 'kilo-socketio', image: 'python:3.11-slim', port: 9010, clusterIP: '10.43.30.96', total: 2, activeName: 'kilo-socketio-5d45b68c4',
    oldest: [7, 21, 52], active: [3, 5, 19], kind: 'socketio' },
  { name: 'kilo-usb-transfer', image: 'kilo/usb_transfer:latest', port: 8006, clusterIP: '10.43.38.72', total: 4, activeName: 'kilo-usb-transfer-6b795f5bf6',
    oldest: [8, 17, 30], active: [3, 5, 14], kind: 'uvicorn' },
  { name: 'kilo-voice', image: 'kilo/voice:latest', port: 9009, clusterIP: '10.43.236.231', total: 4, activeName: 'kilo-voice-9596547d4',
    oldest: [8, 16, 9], active: [3, 5, 13], kind: 'uvicorn' },
];

/** The two NodePort services; their ClusterIPs are not in the report, so these are invented. */
export const NODE_PORT_SERVICES = [
  { name: 'kilo-frontend-external', app: 'kilo-frontend', port: 80, nodePort: 30000, clusterIP: '10.43.91.40' },
  { name: 'kilo-gateway-external', app: 'kilo-gateway', port: 8000, nodePort: 30800, clusterIP: '10.43.201.17' },
];

export const NODE_NAME = 'kilo-tablet';
export const HOST_IP = '192.168.1.50';

/** Pod IPs handed out by the node's CNI in pod creation order (older pods, lower addresses). */
export const POD_IPS = {
  'kilo-ai-brain-c679fb7f9': '10.42.0.14',
  'kilo-ml-engine-5b789cf9d8': '10.42.0.31',
  'kilo-usb-transfer-6b795f5bf6': '10.42.0.32',
  'kilo-voice-9596547d4': '10.42.0.33',
  'kilo-library-6dd7ff6d48': '10.42.0.34',
  'kilo-cam-6c75c48cd6': '10.42.0.35',
  'kilo-socketio-5d45b68c4': '10.42.0.36',
  'kilo-ollama-5cbbf465bf': '10.42.0.37',
  'kilo-meds-55d9cd8856': '10.42.0.51',
  'kilo-reminder-555bf7c6f9': '10.42.0.52',
  'kilo-habits-59c9bf486f': '10.42.0.53',
  'kilo-frontend-6bf69bcfbf': '10.42.0.56',
  'kilo-financial-6767599d96': '10.42.0.57',
  'kilo-gateway-7778cfddf7': '10.42.0.61',
  'kilo-meds-7568f7694c': '10.42.0.74',
};
