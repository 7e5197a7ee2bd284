/** Entry of every story page: define the elements, then run the story. */
import '../styles/global.css';
import 'virtual:jh-tokens.css';
import '../components/jh-scroller/jh-scroller.ts';
import '../components/jh-county-map/jh-county-map.ts';
import '../components/jh-route-map/jh-route-map.ts';
import '../components/jh-chart/jh-chart.ts';
import { readStoryData, startStory } from '../story/runtime.ts';

const scroller = document.querySelector('jh-scroller');
if (scroller) startStory(scroller, readStoryData());
