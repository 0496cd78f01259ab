// Renderer entry: connects to whichever host is present and starts the app shell.
import { connect } from './api';
import { startApp } from './ui/app';

const root = document.getElementById('app');
if (root) void startApp(root, connect());
