# Propuestas, borradores, copropietarios, comprobación de duplicados y examen (incidencia 5, puntos 1 a 3).
# Las claves son las mismas en los seis idiomas; una prueba unitaria lo comprueba.

nav-mine = Mis proyectos
nav-review = Examen

## El formulario de propuesta

proposal-new-title = Proponer un proyecto
proposal-edit-title = Modificar la propuesta
proposal-on-behalf = Usted propone este proyecto en nombre de { $government }.
proposal-lead = Para guardar un borrador basta con el título. Para enviar la propuesta a examen, rellene todos los campos que no estén marcados como opcionales.
proposal-field-title = Título
proposal-field-summary = Resumen
proposal-hint-summary = De qué trata el proyecto, en pocas frases (4000 caracteres como máximo).
proposal-field-objectives = Objetivos
proposal-field-expected-results = Resultados esperados
proposal-hint-lines = Uno por línea.
proposal-field-themes = Temas
proposal-field-countries = Países interesados
proposal-hint-countries = Elija uno o varios: mantenga pulsada la tecla Ctrl (Cmd en un Mac) para elegir varios. Indique países, regiones o ambos.
proposal-field-regions = Regiones interesadas
proposal-field-needs = Necesidades del proyecto
proposal-hint-needs = Una necesidad por fila: su tipo y, si es útil, unas palabras. Deje vacías las filas que no use; guarde el borrador para obtener más filas.
proposal-need-kind = Necesidad { $count }: tipo
proposal-need-description = Necesidad { $count }: descripción (opcional)
proposal-need-none = Ninguna necesidad en esta fila
proposal-field-timeframe = Calendario
proposal-hint-dates = Fechas en formato año-mes-día, por ejemplo 2027-03-01.
proposal-field-start = Inicio
proposal-field-end = Fin
proposal-field-budget = Rango presupuestario (opcional)
proposal-hint-budget = En dólares de los Estados Unidos.
proposal-budget-none = No indicado
proposal-field-outcomes = Resultados del FMMD a los que da seguimiento (opcional)
proposal-hint-outcomes = Abra una mesa redonda para ver sus recomendaciones.
proposal-field-stage = Etapa actual
proposal-hint-stage = Un proyecto puede entrar en la plataforma en cualquier etapa.
proposal-hint-stage-fixed = Después del primer envío, la etapa cambia en la página del proyecto, con una nota fechada.
proposal-field-contact = Contacto
proposal-field-contact-name = Persona de contacto
proposal-field-contact-email = Correo electrónico de contacto
proposal-field-language = Idioma del texto
proposal-hint-language = El idioma en que escribe el título, el resumen y los demás textos.
proposal-continue = Continuar
proposal-save-draft = Guardar borrador
proposal-hint-buttons = «Continuar» comprueba la propuesta y muestra proyectos similares antes de que la envíe. «Guardar borrador» la conserva para terminarla más tarde.

## Problemas en el formulario

proposal-error-title = Escriba un título
proposal-error-title-long = Acorte el título a 200 caracteres como máximo
proposal-error-summary = Escriba un resumen
proposal-error-summary-long = Acorte el resumen a 4000 caracteres como máximo
proposal-error-objectives = Escriba los objetivos
proposal-error-expected-results = Escriba los resultados esperados
proposal-error-text-long = Acorte este texto a 10 000 caracteres como máximo
proposal-error-themes = Elija al menos un tema
proposal-error-theme-unknown = Elija los temas de la lista
proposal-error-places = Elija al menos un país o una región
proposal-error-country-unknown = Elija los países de la lista
proposal-error-region-unknown = Elija las regiones de la lista
proposal-error-need-kind = Elija el tipo de esta necesidad, o vacíe la fila
proposal-error-need-unknown = Elija el tipo de necesidad de la lista
proposal-error-need-long = Acorte la descripción de esta necesidad a 2000 caracteres como máximo
proposal-error-start = Escriba la fecha de inicio
proposal-error-end = Escriba la fecha de fin
proposal-error-date = Escriba una fecha real, por ejemplo 2027-03-01
proposal-error-end-before-start = La fecha de fin debe ser posterior a la de inicio
proposal-error-budget = Elija un rango presupuestario de la lista
proposal-error-outcome = Elija los resultados del FMMD de la lista
proposal-error-stage = Elija la etapa actual
proposal-error-contact-name = Escriba el nombre de la persona de contacto
proposal-error-contact-name-long = Acorte el nombre del contacto a 200 caracteres como máximo
proposal-error-contact-email = Escriba el correo electrónico del contacto, por ejemplo nombre@example.org
proposal-error-language = Elija el idioma del texto
proposal-error-state = Este proyecto no puede modificarse en su estado actual.
proposal-error-already-owner = Su gobierno ya es propietario de este proyecto.

## Confirmaciones

proposal-done-draft_saved = Borrador guardado. Lo encontrará en «Mis proyectos».
proposal-done-join_requested = Su solicitud de adhesión se ha enviado a los propietarios del proyecto.
proposal-done-invitation_accepted = Su gobierno es ahora copropietario del proyecto.
proposal-done-invitation_declined = La invitación ha sido rechazada.
proposal-done-request_accepted = El gobierno que pidió unirse es ahora copropietario.
proposal-done-request_declined = La solicitud de adhesión ha sido rechazada.
proposal-done-co_owner_invited = Invitación enviada. Un delegado de ese gobierno la confirma en la plataforma.
proposal-done-decided = Decisión registrada. Se ha informado a los propietarios por correo electrónico.

## Comprobación de duplicados

check-title = Proyectos similares
check-lead = Antes de enviar, compruebe si otro gobierno ya lleva a cabo un proyecto como el suyo:
check-none = No se ha encontrado ningún proyecto similar. Puede enviar su propuesta.
check-found = Estos proyectos se parecen al suyo. Puede enviar su propuesta de todos modos, o pedir unirse a uno de ellos como copropietario.
check-similarity = Similitud { $count } %
similar-band-same = Muy probablemente el mismo proyecto
similar-band-related = Proyecto relacionado
check-own-project = Proyecto de su gobierno
check-join = Pedir unirse
check-join-hint = Los propietarios del proyecto responden a su solicitud; si la aceptan, su gobierno pasa a ser copropietario. Su propuesta se queda en sus borradores.
check-continue-heading = Enviar su propuesta
check-submit = Enviar a examen
check-back = Volver a la propuesta

## Mis proyectos

mine-title = Mis proyectos
mine-lead = Los proyectos de { $government } y lo que espera su respuesta.
mine-propose = Proponer un proyecto
mine-invitations = Invitaciones a ser copropietario de un proyecto
mine-join-requests = Solicitudes para unirse a sus proyectos
mine-join-request = { $government } pide unirse a:
mine-accept = Aceptar
mine-decline = Rechazar
mine-drafts = Borradores
mine-drafts-none = Ningún borrador.
mine-changed = modificado el { $date }
mine-projects = Los proyectos de su gobierno
mine-projects-none = Su gobierno todavía no ha enviado ningún proyecto.
mine-col-project = Proyecto
mine-col-status = Estado
mine-col-stage = Etapa
mine-col-owners = Propietarios
mine-sent-requests = Sus solicitudes para unirse a otros proyectos

## Copropietarios

co-owners-title = Copropietarios
co-owners-current = Propietarios
co-owners-invited = Invitaciones
co-owners-invite = Invitar a un gobierno
co-owners-invite-lead = Un delegado del gobierno invitado acepta o rechaza en la plataforma. Una vez aceptada, ese gobierno es propietario del proyecto junto con usted.
co-owners-government = Gobierno
co-owners-choose = Elija un gobierno
co-owners-send = Enviar la invitación
co-owner-error-government = Elija un gobierno de la lista
co-owner-error-pending = Ese gobierno ya es propietario o ya ha sido invitado

## Página del proyecto

project-decision = Decisión del examen
project-expected-results = Resultados esperados
project-timeframe = Calendario
project-budget = Rango presupuestario
project-contact = Contacto
project-regions = Regiones interesadas
project-owner-actions = Para los propietarios
project-edit = Modificar la propuesta
project-submit = Comprobar y enviar a examen
project-co-owners = Copropietarios
project-withdraw = Retirar el proyecto
project-review-link = Examinar este proyecto
duplicates-heading = Posibles duplicados
duplicates-flag = Probable duplicado de un proyecto existente

## Examen

review-queue-title = Proyectos por examinar
review-queue-lead = Proyectos enviados por gobiernos, a la espera de una decisión de las estructuras del FMMD. Los más antiguos aparecen primero.
review-queue-empty = Ningún proyecto espera examen.
review-queue-count = { $count ->
        [one] { $count } proyecto espera examen.
       *[other] { $count } proyectos esperan examen.
    }
review-submitted-on = enviado el { $date }
review-title = Examen
review-open-project = Abrir la página del proyecto
review-decision = Decisión
review-comments = Comentarios
review-comments-hint = Obligatorios si pide cambios (cuáles) o si rechaza (el motivo). Los propietarios los reciben por correo electrónico.
review-send = Registrar la decisión
review-error-decision = Elija una decisión
review-error-comments = Indique qué deben cambiar los propietarios
review-error-reason = Indique el motivo del rechazo
review-error-comments-long = Acorte los comentarios a 2000 caracteres como máximo

## Listas de códigos

budget-under_50k = Menos de 50 000 USD
budget-50k_250k = De 50 000 a 250 000 USD
budget-250k_1m = De 250 000 USD a 1 millón de USD
budget-over_1m = Más de 1 millón de USD
decision-endorse = Respaldar
decision-request_changes = Pedir cambios
decision-decline = Rechazar
answer-pending = A la espera de respuesta
answer-accepted = Aceptada
answer-declined = Rechazada

## Correo de decisión del examen

email-review-subject-endorse = Respaldado: { $title }
email-review-subject-request_changes = Cambios solicitados: { $title }
email-review-subject-decline = Rechazado: { $title }
email-review-lead-endorse = Los examinadores del FMMD han respaldado el proyecto de su gobierno «{ $title }». El respaldo y su fecha aparecen ya en la página del proyecto.
email-review-lead-request_changes = Los examinadores del FMMD piden cambios en el proyecto de su gobierno «{ $title }». Modifique la propuesta y vuelva a enviarla.
email-review-lead-decline = Los examinadores del FMMD han rechazado el proyecto de su gobierno «{ $title }».
email-review-comments = Comentarios del examinador:
email-review-action = Abrir el proyecto:
email-review-link = Abrir el proyecto
