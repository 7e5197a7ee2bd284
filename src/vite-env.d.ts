/// <reference types="vite/client" />
declare module 'virtual:jh-tokens.css';
