/** Entry of the landing page: styles only; the page is plain pre-rendered HTML. */
import '../../styles/global.css';
import 'virtual:jh-tokens.css';
