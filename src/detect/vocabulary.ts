/**
 * Word lists the evidence rules key on. All lowercase; matched against lowercased tokens.
 * Kept as data so a rule reads as "a SIP role near the number", not as a list of fixtures.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** SIP methods that are unambiguous even in lowercase prose. */
export const methodsAnyCase = words(`
  invite invites reinvite re-invite reinvites re-invites register registers registering registration
  registrations prack subscribe
`);

/** SIP methods that are ordinary words in lowercase ("cancel", "update"): count only in capitals. */
export const methodsUpperOnly = words(`ack bye cancel options notify refer info update message publish`);

/** Who sends or receives SIP in an on-call sentence, in the languages support teams write in. */
export const sipRoles = words(`
  sip sips sip/2.0 trunk trunks carrier carriers far-end farend provider providers pbx ippbx ip-pbx sbc sbcs
  proxy proxies registrar gateway gateways itsp uas uac b2bua callee softphone softphones handset handsets
  deskphone upstream downstream peer peers asterisk freeswitch kamailio opensips sngrep sipp homer pjsip chan_sip
  sofia twilio telnyx vonage plivo bandwidth sipgate voip leg dialog call calls sdp reg
  cdr cdrs ringing hangup dialplan
  troncal troncales operadora operador operadoras operadores proveedor proveedora centralita llamada
  llamadas tronco troncos provedor chamada chamadas ramal opérateur operateur fournisseur appel appels
  anbieter provider gegenstelle anruf anrufe netzbetreiber telefonanlage
  chiamata chiamate operatore gestore centralino gesprek gesprekken oproep oproepen centrale operator
  połączenie połączenia centrala
  operatör santral
`);

/** Two-word SIP roles, as "first second". */
export const sipRolePairs = new Set([
  'far end',
  'remote side',
  'other side',
  'remote end',
  'otro lado',
  'outro lado',
]);

/** Protocols and tools whose status numbers look like SIP codes but are not. */
export const foreignProtocols = words(`
  http https http/1.0 http/1.1 http/2 http/3 nginx apache webhook webhooks api apis curl wget haproxy
  envoy cloudflare cdn elb alb s3 graphql website browser url html smtp postfix exim mail email e-mail
  rtsp rtsp/1.0 stun xmpp ftp lambda grpc json-rpc web k8s kubernetes traefik caddy tomcat
  gunicorn uwsgi iis coturn turnserver salesforce hubspot zendesk oauth
  kubectl pod pods ingress-nginx nginx-ingress readiness liveness healthz readyz livez
  crashloopbackoff websocket websockets flask django fastapi express rails laravel answer_url
  status_callback statuscallback webhook_url intranet sharepoint
  gui cloudfront gitlab github bitbucket jenkins vault artifactory apiserver googleapi xhttp xhttp_prom
  xhttp_rpc
`);

/**
 * Foreign protocols and methods that are ordinary words in lowercase: count only in capitals. TURN and
 * ICE, TURN's methods (ALLOCATE, REFRESH), HTTP's (GET, POST), and the HTTP-based location services of
 * emergency calling (a LIS answering HELD).
 */
export const foreignUpperOnly = words(`
  turn ice allocate refresh createpermission channelbind get post put patch delete
  lis held
`);

/**
 * Verbs that, right before a number near a SIP role, make it a response ("returns 401", "getting 486"),
 * whatever word follows unless it counts or measures.
 */
export const responseVerbs = words(`
  got get gets getting receive receives received receiving see sees seeing saw seen
  return returns returned returning answer answers answered answering respond responds responded
  responding reply replies replied replying send sends sent sending reject rejects rejected rejecting
  throws throwing throw threw spits spitting spat back fail fails failed failing shows showing showed
  expecting expected generates generate generated generating produces produced raises raised emits
  says said saying hit hits hitting
  devuelve devuelven devolvió devolviendo responde responden respondió recibimos recibo recibe reciben
  recibiendo recibí manda mandan envía envia envían obtenemos vemos contesta contestan contestar
  contestó responder devolver enviar
  retorna retornam retornou retornando recebemos recebo recebe recebendo devolve devolvendo manda mandou
  mandando envia enviando respondendo
  renvoie renvoient retourne retournent reçoit reçois recevons obtient obtenons répond repond répondent
  envoie prend
  liefert liefern bekommen bekomme bekommt erhalten erhalte antwortet antworten gibt schickt sendet
  kriegen kriegt
  dando deu dio da dá tira lanza chega chegou llega vem viene vienen
  risponde rispondono ricevo riceviamo riceve ricevono restituisce ritorna ritornano prende prendiamo arriva
  arrivano vengono
  krijg krijgen krijgt geeft geven stuurt sturen retourneert ontvangen ontvang zien zie komt
  odpowiada odpowiadają zwraca zwracają dostajemy dostaję otrzymujemy wysyła rzuca
  dà danno przychodzi przychodzą dönüyor donuyor geliyor veriyor döndü geldi
  want wants wanted expect expects
`);

/** Words that, right before a number, introduce it as a response: verbs, articles, nouns. */
export const introducers = words(`
  a an the with by never then vs versus except got get gets getting receive receives received receiving see sees seeing saw seen
  return returns returned returning answer answers answered answering respond responds responded
  responding reply replies replied replying send sends sent sending reject rejects rejected rejecting
  fail fails failed failing throws throwing throw threw hit hits hitting bounce bounces bouncing
  error errors code codes response responses status final last back of as into
  giving gives gave give spits spitting spat keeps
  un una unos unas el los las muchos muchas varios algunos devuelve devuelven devolvió devolviendo responde responden respondió
  recibimos recibo recibe reciben recibiendo recibí da dan dando obtenemos error código codigo con
  um uma os as muitos vários retorna retornam retornou retornando recebemos recebo recebe recebendo devolve erro com
  une des le les plusieurs puis renvoie renvoient retourne retournent reçoit reçois recevons recevoir obtient
  obtenons erreur avec répond repond répondent
  ein eine einen einem einer die der das viele statt liefert liefern bekommen bekomme bekommt erhalten erhalte
  antwortet antworten gibt geben schickt sendet kriegen fehler mit
  un uno il lo la gli con risponde ricevo riceviamo restituisce prende errore codice
  een het met krijg krijgen krijgt geeft stuurt fout
  odpowiada zwraca dostajemy błąd kod
  en kein keine keinen only just nur noch solo só seulement alleen tylko all mostly mainly
  straight directly immediately instantly always still zero any some many few several first own local remote
  finalen finale
`);

/** Nouns that, right after "SIP", make the following number a response code ("SIP error 503"). */
export const codeNouns = words(`
  error errors response responses code codes status reply replies answer answers reject rejection
  failure failures final erro erreur fehler código codigo respuesta resposta réponse antwort rsp
`);

/** Words that may follow a response code in a sentence ("503 from the carrier", "407 on INVITE"). */
export const followers = words(`
  from on to for when after back in at with and or but because since until while again every each now
  only too also instead response responses reply replies error errors code codes answer rejection
  rejections reject status here there then so if as though even still either vs versus whenever
  timeouts rejects failures we they it that which you i is are was were means comes came coming once
  received sent returned recibido recebido reçu erhalten ratio rate share challenge challenges spike spikes
  wasn isn aren weren doesn didn
  happens happen shows showed appears ever
  de del desde en al a con cuando para por y o otra vez no na nos nas em do da dos das ao quando com
  pra pro e ou sur depuis du des lors pour quand avec et ou après apres par puis
  seit vom von beim bei auf für fur wenn zurück zurueck nach mit und oder als immer wieder statt
  aber weil obwohl pero porque aunque mas embora mais without sin sem sans ohne
  depois après est sont était étaient es son era eran fue fueron são eram foi foram ist sind war waren
  è sono erano dal dalla dai su quando anche ma van vanaf op bij als maar zijn waren od przy gdy ale lub jest są był były
  değil geliyor dönüyor donuyor veriyor döndü geldi
`);

/** Words that make the number before them a count, a size, a duration or money. */
export const countNouns = words(`
  users user calls call channels channel lines line seats seat agents agent extensions extension
  ms msec millis milliseconds s sec secs second seconds min mins minute minutes h hr hrs hour hours
  day days week weeks month months year years kb mb gb tb kbps mbps bytes byte bits packets pps cps
  concurrent sessions session numbers number dids did times x percent tickets ticket people customers
  licenses license dollars usd eur euros gbp cents messages registrations devices phones endpoints
  subscribers accounts ports rows records entries items lines invite invites register registers sms texts
  restarts segments llamadas chamadas appels anrufe chiamate connections connection pages threads workers
  faxes more less fewer extra additional active idle simultaneous total new open
  options pops flows left remaining
  usuarios llamadas canales líneas segundos minutos horas días clientes chamadas usuários linhas
  utilisateurs appels lignes secondes jours clients benutzer anrufe kanäle leitungen sekunden minuten
  stunden tage kunden
  chiamate utenti canali secondi minuti ore giorni numeri gesprekken gebruikers kanalen seconden minuten
  uur dagen klanten nummers połączeń użytkowników kanałów sekund minut godzin dni klientów numerów
`);

/** Nouns that, right before a number, make it an identifier ("extension 486", "ticket 503"). */
export const idNouns = words(`
  extension ext ext. room ticket tickets order port line vlan id nr nr. number version v build
  issue pr bug case job step page row column queue account customer tenant pin did ddi trunk-id
  ext: incident inc story task sprint release rule policy pid tid thread worker node host server
  model firmware fw sw area prefix ruta route cola extensión ramal poste nebenstelle durchwahl
  option opção opción caller user agent acl tg group
`);

/** SIP header names whose values are never response codes (CSeq, Content-Length, Warning, ...). */
export const sipHeaders = words(`
  via from to call-id cseq contact max-forwards content-length content-type expires min-expires
  retry-after min-se session-expires rack rseq warning user-agent server allow supported require
  proxy-require unsupported accept accept-encoding accept-language authorization proxy-authorization
  www-authenticate proxy-authenticate authentication-info route record-route p-asserted-identity
  p-preferred-identity privacy remote-party-id diversion history-info event subscription-state
  allow-events refer-to referred-by replaces date timestamp priority subject organization in-reply-to
  alert-info call-info error-info content-disposition content-encoding mime-version path
  service-route p-charging-vector p-access-network-info security-client security-server
  geolocation geolocation-error geolocation-routing
  i m e l f t v k s c o r u
`);

/** SIP headers whose values are numbers: "Content-Length says 486" is that header's value. */
export const numericHeaders = words(`
  cseq content-length max-forwards expires min-expires retry-after min-se session-expires rack rseq warning
  geolocation-error
`);

/** Followers that tie a number to where it came from: "503 from", "407 on INVITE", "404 vom Anbieter". */
export const strongFollowers = words(`
  from on to for back del de desde al no na do da ao vom von beim bei auf seit du sur depuis
  response error reply rejection dal dalla dai van vanaf od provisional provisionals
`);

/** Verbs that end a call or a transaction "in" a code: "every call ends in 487", "l'INVITE finit en 408". */
export const endVerbs = words(`
  ends end ended ending finishes finit finissent termine terminent termina terminan terminam acaba acaban
  acabam eindigt eindigen endet enden finisce finiscono kończy
`);

/** Words that make the number after them a time, size or amount ("every 300s", "after 180"). */
export const quantityBefore = words(`
  every after within in timeout expires wait waited took than about around approx approximately over
  under max min maximum minimum limit threshold cada cada après alle nach während durante pendant
  ttl
`);

/** Linking verbs ("the room is 503"): a noun before them says what the number after them is. */
export const linkingVerbs = new Set(['is', 'was', 'es', 'era', 'é', 'ist', 'war', 'est', 'è']);
/** Linking verbs, singular and plural, that say what a code noun before them was. */
export const codeLinks = new Set([
  ...linkingVerbs,
  ...['are', 'were', 'son', 'eran', 'são', 'eram', 'sind', 'waren', 'sont', 'était', 'étaient'],
]);
