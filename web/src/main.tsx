import './styles.css';
import { render } from 'preact';
import { App } from './app.js';
import { interceptLinks } from './lib/router.js';

const root = document.getElementById('app')!;
interceptLinks(document.body);
render(<App />, root);
