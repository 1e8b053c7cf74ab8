# Intermediación: la cola de los facilitadores y los candidatos, las presentaciones, las
# manifestaciones de interés, las reuniones y sus correos.

brokering-nav = Facilitación
brokering-queue-title = Proyectos que buscan socios
brokering-queue-lead = Proyectos públicos con necesidades, primero los que más tiempo llevan esperando: desde cuándo sus necesidades siguen sin cubrir, luego la etapa más temprana, luego los que nunca tuvieron una presentación o la tuvieron hace más tiempo.
brokering-queue-caption = Proyectos que buscan socios, primero los más desatendidos
brokering-queue-count = { $count ->
    [one] { $count } proyecto busca socios
   *[other] { $count } proyectos buscan socios
}
brokering-queue-empty = Por ahora ningún proyecto público indica necesidades.
brokering-project = Proyecto
brokering-unmet-since = Necesidades sin cubrir desde
brokering-stage = Etapa
brokering-last-introduction = Última presentación
brokering-never = Nunca
brokering-open-needs = { $count ->
    [one] { $count } necesidad abierta
   *[other] { $count } necesidades abiertas
}
brokering-open-introductions = { $count ->
    [one] { $count } presentación pendiente
   *[other] { $count } presentaciones pendientes
}
brokering-open-interests = { $count ->
    [0] Manifestaciones de interés (ninguna pendiente)
    [one] Manifestaciones de interés (una pendiente de respuesta)
   *[other] Manifestaciones de interés ({ $count } pendientes de respuesta)
}
brokering-project-page = La página pública del proyecto
brokering-candidates-title = Posibles socios
brokering-candidates-lead = Ordenados según su adecuación al proyecto, con los motivos y lo que cada uno aporta a la puntuación. Se excluyen los propietarios, los socios, las organizaciones ya presentadas y las que declinaron recientemente.
brokering-candidates-none = Todavía ninguna organización encaja con este proyecto. Ayudan los perfiles con ofertas, temas y países.
brokering-score = puntuación { $score }
brokering-introduce = Presentar
brokering-unreachable = Todavía no se puede contactar a nadie en esta organización: añada un punto de contacto (una persona o un buzón institucional) para presentarla.
brokering-introductions = Presentaciones
brokering-introductions-none = Todavía no hay presentaciones.
brokering-meetings = Reuniones
brokering-meetings-none = Todavía no hay reuniones.
brokering-meeting-propose = Proponer una reunión

brokering-introduce-title = Presentar una organización
brokering-introduce-lead = Ambas partes reciben un correo con su mensaje y enlaces para aceptar o declinar. Cuando ambas aceptan, la organización pasa a ser socia en el papel propuesto y cada parte recibe los datos de contacto de la otra.
brokering-organisation = Organización
brokering-role = Papel propuesto
brokering-message = Mensaje personal
brokering-message-hint = { $count ->
    [one] Texto sin formato, { $count } carácter como máximo.
   *[other] Texto sin formato, { $count } caracteres como máximo.
}
brokering-introduce-send = Enviar la presentación
brokering-cancel = Cancelar
brokering-error-role = Elija un papel de la lista.
brokering-error-empty = Escriba algo aquí.
brokering-error-too-long = { $count ->
    [one] Acorte este texto a { $count } carácter.
   *[other] Acorte este texto a { $count } caracteres.
}
brokering-error-already-partner = Esta organización ya participa en el proyecto.
brokering-error-already-open = Ya hay una presentación de esta organización al proyecto pendiente de respuesta.
brokering-error-no-project-contact = Nadie puede responder por el proyecto: ningún gobierno propietario tiene un delegado en la plataforma.
brokering-error-no-candidate-contact = Nadie en esta organización tiene todavía una cuenta: invite a un miembro antes de presentarla.

brokering-introduction-title = Presentación
brokering-accept-title = Aceptar la presentación
brokering-decline-title = Declinar la presentación
brokering-state = Estado
brokering-state-proposed = Pendiente de respuestas
brokering-state-accepted = Aceptada por ambas partes
brokering-state-declined = Declinada
brokering-state-expired = Vencida
brokering-side-project = Respuesta del proyecto
brokering-side-candidate = Respuesta de la organización
brokering-answer-waiting = Sin respuesta todavía
brokering-answer-accepted = Aceptada
brokering-answer-declined = Declinada
brokering-expires = Responder antes del
brokering-proposed-by = Propuesta por
brokering-decline-reason = Motivo
brokering-decline-hint = Lo leerán ambas partes y el facilitador.
brokering-answer-for-project = Su respuesta, por el proyecto
brokering-answer-for-organisation = Su respuesta, por su organización
brokering-accept-explain = Cuando ambas partes hayan aceptado, la organización pasa a ser socia en el papel propuesto y cada parte recibe los datos de contacto de la otra.
brokering-accept = Aceptar
brokering-decline = Declinar
brokering-accept-instead = Aceptar en su lugar
brokering-decline-instead = Declinar en su lugar
brokering-you-accepted = Ha aceptado. La otra parte aún no ha respondido.
brokering-you-declined = Ha declinado. Se ha informado a ambas partes.
brokering-now-partners = Ambas partes aceptaron: la organización ya es socia y cada parte ha recibido por correo los datos de contacto de la otra.
brokering-closed = Esta presentación ya no espera respuestas.
brokering-already-answered = Su parte ya ha respondido.

brokering-partnering = Alianzas
brokering-see-candidates = Ver posibles socios y presentarlos
brokering-interest-heading = ¿Desea su organización ser socia?
brokering-offer = Lo que ofrece su organización
brokering-interest-send = Avisar a los propietarios del proyecto
brokering-interest-pending = Su organización indicó el { $date } que desea ser socia; los propietarios aún no han respondido.
brokering-interest-partner = Su organización participa en este proyecto.
brokering-interest-sign-in = Los miembros de organizaciones pueden indicar que desean ser socios.
brokering-interest-members-only = Los miembros y delegados de organizaciones pueden indicar que desean ser socios.
brokering-error-offer = Elija de la lista lo que ofrece su organización.
brokering-error-interest-partner = Su organización ya participa en este proyecto.
brokering-error-interest-open = El mensaje anterior de su organización aún espera respuesta.
brokering-interest-title = Manifestación de interés
brokering-interests-title = Manifestaciones de interés
brokering-interests-caption = Organizaciones que desean ser socias, primero las pendientes
brokering-interests-none = Ninguna organización ha manifestado interés todavía.
brokering-interest-state-open = Pendiente de respuesta
brokering-interest-state-accepted = Aceptada
brokering-interest-state-declined = Declinada
brokering-date = Fecha
brokering-interest-accept-heading = Aceptar: hacerla socia
brokering-interest-accept = Aceptar
brokering-interest-decline-heading = Declinar
brokering-interest-accepted = Aceptada: la organización ya es socia y ha recibido sus datos de contacto por correo.
brokering-interest-declined = Declinada: se ha informado a la organización del motivo.

brokering-meeting-new-title = Proponer una reunión
brokering-meeting-edit-title = Modificar la reunión
brokering-meeting-default-title = Reunión sobre { $project }
brokering-meeting-organisations = Organizaciones invitadas (se invita a todas sus personas registradas en la plataforma)
brokering-meeting-title-field = Título
brokering-meeting-date = Fecha
brokering-meeting-start = Empieza a las
brokering-meeting-end = Termina a las
brokering-meeting-zone = Huso horario
brokering-meeting-place = Lugar
brokering-meeting-place-hint = Una dirección, o déjelo vacío para una reunión en línea.
brokering-meeting-online = Enlace en línea
brokering-meeting-agenda = Orden del día
brokering-meeting-send = Enviar las invitaciones
brokering-meeting-save = Guardar y enviar la actualización
brokering-meeting-when = Cuándo
brokering-meeting-organiser = Propuesta por
brokering-meeting-your-answer = ¿Asistirá?
brokering-rsvp-yes = Sí, asistiré
brokering-rsvp-no = No, no podré asistir
brokering-attending-yes = Asistirá
brokering-attending-no = No asistirá
brokering-meeting-answered = Su respuesta ha quedado registrada.
brokering-meeting-invitees = Invitados
brokering-meeting-yes-count = { $count ->
    [0] Nadie ha confirmado todavía su asistencia.
    [one] { $count } persona asistirá.
   *[other] { $count } personas asistirán.
}
brokering-meeting-notes = Notas
brokering-meeting-notes-field = Notas de la reunión
brokering-meeting-notes-save = Guardar las notas
brokering-meeting-notes-saved = Las notas se han guardado.
brokering-meeting-cancel = Cancelar la reunión
brokering-meeting-cancelled = Esta reunión está cancelada.
brokering-error-organisations = Elija al menos una organización socia del proyecto.
brokering-error-no-invitees = Nadie de las organizaciones elegidas tiene una cuenta a la que invitar.
brokering-error-date = Escriba la fecha como año-mes-día, por ejemplo 2027-01-15.
brokering-error-time = Escriba la hora como horas:minutos, por ejemplo 14:30.
brokering-error-zone = Elija un huso horario de la lista.
brokering-error-order = La reunión debe terminar después de empezar.
brokering-error-gap = Esa hora no existe o se repite en ese huso horario (cambio de hora): elija otra.
brokering-error-link = Escriba una dirección web que empiece por https:// o http://.
brokering-error-where = Indique un lugar, un enlace en línea o ambos.

audit-action-introduction-proposed = Presentación propuesta
audit-action-introduction-answered = Respuesta a una presentación
audit-action-introduction-accepted = Presentación aceptada
audit-action-introduction-declined = Presentación declinada
audit-action-introduction-expired = Presentación vencida
audit-action-interest-expressed = Interés manifestado
audit-action-interest-accepted = Interés aceptado
audit-action-interest-declined = Interés declinado
audit-action-meeting-proposed = Reunión propuesta
audit-action-meeting-changed = Reunión modificada
audit-action-meeting-cancelled = Reunión cancelada
audit-action-meeting-notes_saved = Notas de reunión guardadas
audit-subject-introduction = Presentación
audit-subject-interest = Manifestación de interés
audit-subject-meeting = Reunión

# Correos
email-intro-subject = Presentación: un posible socio para «{ $project }»
email-intro-reminder-subject = Recordatorio: una presentación para «{ $project }» espera su respuesta
email-intro-reminder = Su parte aún no ha respondido a esta presentación, que vencerá pronto.
email-intro-lead-project = { $facilitator }, de la Unidad de Apoyo del FMMD, sugiere que { $organisation } se una a su proyecto «{ $project }» como { $role }.
email-intro-lead-candidate = { $facilitator }, de la Unidad de Apoyo del FMMD, sugiere que su organización, { $organisation }, se una al proyecto «{ $project }» ({ $owners }) como { $role }.
email-intro-message = { $facilitator } escribe:
email-intro-accept = Para aceptar en nombre de su organización (se le pedirá iniciar sesión):
email-intro-decline = Para declinar, indicando un motivo:
email-intro-accept-button = Aceptar
email-intro-decline-button = Declinar
email-intro-sign-in = Cada parte responde por su propia organización tras iniciar sesión.
email-intro-expires = Sin las dos respuestas, la presentación vence el { $date }.
email-intro-outcome-subject-accepted = Nueva alianza para «{ $project }»
email-intro-outcome-subject-declined = Presentación declinada: «{ $project }»
email-intro-outcome-subject-expired = Presentación vencida: «{ $project }»
email-intro-outcome-accepted = Ambas partes aceptaron: { $organisation } ya es socia de «{ $project }» como { $role }.
email-intro-outcome-declined = Se declinó la presentación de { $organisation } a «{ $project }».
email-intro-outcome-expired = La presentación de { $organisation } a «{ $project }» venció antes de que ambas partes la aceptaran.
email-reason-given = El motivo indicado:
email-contacts = Sus contactos de la otra parte:
email-see-project = Ver el proyecto
email-interest-subject = { $organisation } desea ser socia
email-interest-lead = { $person }, de { $organisation }, desea ser socio de su proyecto «{ $project }» y ofrece: { $offer }.
email-interest-message = Su mensaje:
email-interest-answer = Aceptar o declinar
email-interest-outcome-subject-accepted = Ahora es socia de «{ $project }»
email-interest-outcome-subject-declined = Respuesta de «{ $project }»
email-interest-outcome-accepted = Los propietarios aceptaron: { $organisation } ya es socia de «{ $project }» como { $role }.
email-interest-outcome-declined = Los propietarios de «{ $project }» declinaron la oferta de alianza de { $organisation }.
email-meeting-subject-new = Invitación: { $title }
email-meeting-subject-changed = Modificada: { $title }
email-meeting-subject-cancelled = Cancelada: { $title }
email-meeting-lead-new = { $organiser } le invita a una reunión sobre el proyecto «{ $project }».
email-meeting-lead-changed = { $organiser } modificó la reunión sobre el proyecto «{ $project }». Le rogamos que responda de nuevo.
email-meeting-lead-cancelled = { $organiser } canceló la reunión sobre el proyecto «{ $project }».
email-meeting-when = Cuándo:
email-meeting-place = Dónde:
email-meeting-online = En línea:
email-meeting-agenda = Orden del día:
email-meeting-answer = Responder en la plataforma
email-meeting-answer-at = Indique en la plataforma si asistirá: { $url }
email-meeting-calendar = La invitación adjunta añade la reunión a su calendario.

## Contact points and personal introduction links (issue 13)
email-intro-personal = Este enlace es personal, por favor no lo reenvíe: al aceptar se crea su cuenta en la plataforma en el mismo paso, y para declinar no se necesita cuenta.
email-intro-accept-personal = Para aceptar en nombre de su organización (elegirá una contraseña para su nueva cuenta):
reply-title = Una presentación para su organización
reply-lead = La Unidad de Apoyo del FMMD sugiere que { $organisation } podría sumarse a este proyecto. Lea de qué se trata y después acepte o decline en nombre de su organización.
reply-has-account = Esta dirección ya tiene una cuenta en la plataforma. Inicie sesión para responder en nombre de su organización.
reply-sign-in = Iniciar sesión y responder
reply-accept-heading = Aceptar y crear su cuenta
reply-accept-explain = Su cuenta usará la dirección { $email }, que este enlace ya ha confirmado. Iniciará sesión y podrá seguir el proyecto desde entonces.
reply-accept-submit = Aceptar y crear mi cuenta
reply-decline-heading = Declinar, sin cuenta
reply-decline-hint = El facilitador y los propietarios del proyecto leerán su motivo; no se crea ninguna cuenta.
reply-home = Ir a la página de inicio
reply-unknown-title = Este enlace no es válido
reply-unknown-advice = Compruebe que se abrió el enlace completo del correo; puede haberse cortado en dos. Si sigue sin funcionar, pida uno nuevo al facilitador aquí abajo.
reply-used-title = Este enlace ya se ha utilizado
reply-used-advice = Ya se respondió con este enlace. Si creó una cuenta, inicie sesión para ver la presentación; si no, pida un enlace nuevo al facilitador aquí abajo.
reply-expired-title = Este enlace ha caducado
reply-expired-advice = Ha pasado el plazo para responder a esta presentación. Si su organización sigue interesada, escriba al facilitador aquí abajo: puede proponerla de nuevo.
reply-closed-title = Esta presentación ya ha sido respondida
reply-closed-advice = Otra persona de su organización la respondió, o el proyecto la declinó, o caducó. No se necesita nada más de usted.
reply-gone-title = Esta presentación ya no existe
reply-gone-advice = La organización a la que iba dirigida se ha fusionado con otra o se ha eliminado, o el proyecto se retiró. Escriba a la Unidad de Apoyo del FMMD si cree que es un error.
reply-declined-title = Ha declinado la presentación
reply-declined-advice = Gracias por responder. El facilitador y los propietarios del proyecto tienen su motivo; no se creó ninguna cuenta.
brokering-you-accepted-welcome = Bienvenido: su cuenta está lista y ha aceptado en nombre de su organización. El proyecto aún no ha respondido; recibirá un correo.
brokering-now-partners-welcome = Bienvenido: su cuenta está lista. Ambas partes aceptaron: su organización es ahora socia y cada parte tiene los contactos de la otra por correo.
contact-kind-person = Persona con nombre
contact-kind-mailbox = Buzón institucional
contact-shown-nothing = No se muestra públicamente
contact-shown-name = Se muestran nombre y cargo
contact-shown-address = Se muestran nombre, cargo y dirección
contact-error-kind = Elija una persona con nombre o un buzón institucional.
contact-error-name = Escriba un nombre de 1 a 100 caracteres.
contact-error-title = Limite el cargo a 120 caracteres.
contact-error-email = Escriba una dirección de correo como alianzas@example.org.
contact-error-lang = Elija uno de los seis idiomas.
contact-error-shown = Elija qué puede mostrar la página pública.
contacts-title = Puntos de contacto
contacts-lead = Cómo contactar con la organización cuando nadie de ella tiene aún cuenta: una persona con nombre o un buzón institucional. Las presentaciones les llegan por correo con un enlace personal.
contacts-none = Todavía no hay ningún punto de contacto.
contacts-field-lang = Idioma de los correos
contacts-field-shown = En la página pública
contacts-actions = Acciones
contacts-unreachable = Los correos a esta dirección se rechazan
contacts-remove = Eliminar
contacts-add = Añadir un punto de contacto
contacts-field-kind = Quién es
contacts-name-hint = El nombre de la persona o del buzón (por ejemplo «Alianzas UNICEF»).
contacts-field-title = Cargo o función (opcional)
contacts-shown-hint = Muestre solo lo que el contacto aceptó; la dirección sigue privada salvo que lo acepte.
contacts-add-submit = Añadir el punto de contacto
contacts-added = Se añadió el punto de contacto.
contacts-removed = Se eliminó el punto de contacto.
contacts-error-duplicate = Esta organización ya tiene un punto de contacto con esta dirección.
contacts-public-heading = Puntos de contacto
contacts-manage = Gestionar los puntos de contacto
brokering-contact-added = Se añadió el punto de contacto: ya se puede presentar a la organización.
brokering-add-contact = Añadir un punto de contacto
brokering-bounced = Los correos al punto de contacto de esta organización se rechazan: corrija la dirección o añada otro punto de contacto.
brokering-fit-scale = La adecuación se puntúa sobre 100: el mejor candidato para este proyecto obtiene 100.
brokering-fit = adecuación { $fit }/100
brokering-filter-label = Qué candidatos
brokering-filter-ready = Se pueden presentar ya
brokering-filter-contact = Necesitan un punto de contacto
brokering-filter-all = Todos
waiting-title = Pendiente de su respuesta
waiting-lead = Presentaciones, expresiones de interés, invitaciones a reuniones, invitaciones y solicitudes que esperan su respuesta, primero las de plazo más próximo.
waiting-none = No hay nada pendiente de su respuesta.
waiting-introductions = Presentaciones
waiting-intro-project = { $organisation } propuesto para su proyecto
waiting-intro-candidate = Su organización se propone como socia
waiting-answer-on-mine = responder en «Mis proyectos»
nav-waiting = { $count ->
    [0] Pendientes
   *[other] Pendientes ({ $count })
}
reply-why = Por qué su organización
waiting-interests = Expresiones de interés
waiting-interest = { $organisation } quiere ser socia
waiting-expressed = Expresada el
waiting-meetings = Invitaciones a reuniones
waiting-meeting-starts = Tiene lugar el
waiting-sent = Enviada el
waiting-panel = { $count ->
    [one] 1 asunto espera su respuesta
   *[other] { $count } asuntos esperan su respuesta
}
waiting-panel-all = Todo lo que espera su respuesta
calendar-title = Mi calendario suscrito
calendar-lead = Sus reuniones en la plataforma pueden aparecer en su propio calendario (Outlook, Google Calendar, Calendario de Apple, Thunderbird…): suscríbase a su canal privado y los cambios y cancelaciones se reflejarán solos.
calendar-address = La dirección de su canal
calendar-address-once = Copie ahora esta dirección en su programa de calendario («Suscribirse a un calendario» o «Añadir calendario desde URL»). Solo se muestra esta vez: si la pierde, cree una nueva.
calendar-address-label = Dirección de su canal de calendario
calendar-subscribe = Suscribirme en mi programa de calendario
calendar-address-secret = Quien tenga esta dirección puede ver sus reuniones: no la comparta. Puede crear una nueva en cualquier momento; la anterior dejará de funcionar.
calendar-state = Su canal
calendar-on-since = Su canal está activado; su dirección se creó el { $date }.
calendar-last-read = Un calendario lo leyó por última vez el { $date }.
calendar-is-off = Su canal está desactivado.
calendar-on = Activar mi canal de calendario
calendar-renew = Crear una dirección nueva
calendar-off = Desactivar el canal
calendar-renew-hint = Una dirección nueva anula la anterior: úsela si la dirección se compartió por error o si la perdió.
calendar-done-renewed = Su canal de calendario tiene una dirección nueva. Las direcciones anteriores ya no funcionan.
calendar-done-off = Su canal de calendario está desactivado. Su dirección ya no funciona.
calendar-meeting-ics = Añadir a mi calendario (.ics)
calendar-feed-link = Todas mis reuniones en mi calendario
calendar-feed-name = Plataforma para las Alianzas: mis reuniones
done-submitted = Enviado a revisión. Se ha avisado a los revisores; recibirá su decisión por correo electrónico y en sus notificaciones. Mientras no decidan, puede retirarlo.
done-withdrawn = Retirado. El proyecto aparece ahora como retirado para todos y su historial sigue siendo público. Sigue en «Mis proyectos».
done-interest = Su interés se ha enviado a los propietarios del proyecto. Responden en la plataforma y usted recibirá su respuesta por correo electrónico.
done-introduction_sent = Presentación enviada. Ambas partes la han recibido por correo electrónico y la encuentran en «Pendientes»; si ambas aceptan, pasan a ser socias y reciben los datos de contacto de la otra. Se le informará de cada respuesta.
done-meeting_proposed = Reunión propuesta. Cada invitado ha recibido una invitación con un archivo de calendario y responde en esta página; las respuestas aparecen abajo.
done-meeting_changed = Reunión modificada. Cada invitado ha recibido la actualización; los calendarios que contienen la reunión sustituyen la versión anterior.

## Asking for a new personal link
reply-renew-heading = Pedir un enlace nuevo al facilitador
reply-renew-explain = El facilitador que propuso esta presentación recibe su solicitud por correo y puede enviarle un enlace nuevo.
reply-renew-email = Su dirección de correo
reply-renew-email-hint = La dirección a la que se envió la presentación.
reply-renew-message = Mensaje al facilitador (opcional)
reply-renew-submit = Pedir un enlace nuevo
reply-renew-sent-title = Su solicitud se ha enviado
reply-renew-sent-advice = Si esta dirección recibió una presentación de la plataforma, el facilitador que la propuso tiene su solicitud y le escribirá. Por ahora no necesita hacer nada más.
email-link-renewal-subject = { $organisation } pide un enlace nuevo de presentación
email-link-renewal-lead = { $contact } ({ $email }), de { $organisation }, pide un enlace nuevo para responder a la presentación a «{ $project }».
email-link-renewal-used = Su enlace ya se había usado.
email-link-renewal-expired = Su enlace había caducado con la presentación.
email-link-renewal-closed = La presentación ya estaba resuelta.
email-link-renewal-unknown = Su enlace no se abría (puede haberse cortado en dos); dio su dirección en su lugar.
email-link-renewal-message = Su mensaje:
email-link-renewal-action = Proponer de nuevo la presentación
brokering-merged-from = Esta presentación se hizo para { $merged }, que desde entonces se fusionó con la organización indicada abajo (la misma organización, registrada dos veces).

waiting-needs = Necesidades cubiertas por nuevos socios
waiting-need-question = ¿Qué necesidades cubre { $organisation }?
waiting-partner-since = Socio desde el

## Open data on brokering outcomes (/open-data/brokering)
open-brokering-title = Resultados de las presentaciones
open-brokering-lead = Cómo terminan las presentaciones que proponen los facilitadores: por mes, tipo de organización presentada y tema del proyecto. Datos abiertos, sin datos personales.
open-brokering-how = Cómo se elabora la tabla
open-brokering-how-month = Una presentación cuenta en el mes en que se propuso, bajo el tipo de la organización presentada y bajo cada tema de su proyecto: un proyecto con dos temas cuenta dos veces, por lo que las filas no se suman y no se dan totales.
open-brokering-how-public = Solo cuentan los proyectos públicos; los borradores no.
open-brokering-how-median = La mediana de días hasta una respuesta va de la propuesta a la respuesta que la cerró: aceptación de ambas partes o rechazo.
open-brokering-how-withheld = Las cifras de 1 o 2 se ocultan («menos de 3») para que nadie pueda saber qué organización rechazó; cuando un resultado de una fila se oculta, también se oculta el menor de los demás, para que no pueda deducirse del resto. Una mediana de menos de 3 respuestas se oculta.
open-brokering-json = Los mismos datos en JSON (los valores ocultos son null)
open-brokering-empty = Todavía no se ha propuesto ninguna presentación para un proyecto público.
open-brokering-caption = Presentaciones por mes, tipo de organización y tema
open-brokering-month = Mes de la propuesta
open-brokering-kind = Tipo de organización
open-brokering-theme = Tema
open-brokering-proposed = Propuestas
open-brokering-accepted = Aceptadas por ambas partes
open-brokering-declined = Rechazadas
open-brokering-expired = Vencidas
open-brokering-median = Mediana de días hasta una respuesta
open-brokering-no-theme = Sin tema
open-brokering-withheld = menos de 3
