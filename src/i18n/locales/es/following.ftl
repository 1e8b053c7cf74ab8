# Seguimiento, notificaciones, preferencias, baja, fuentes.

nav-notifications = { $count ->
    [0] Notificaciones
    [one] Notificaciones (1 sin leer)
   *[other] Notificaciones ({ $count } sin leer)
}

follow-follow = Seguir
follow-unfollow = Dejar de seguir
follow-you-follow = Usted sigue esto.
follow-sign-in = Inicie sesión para seguir
follow-feed = Fuente Atom
follow-feed-project = Novedades de este proyecto (Atom)
follow-feed-theme = Novedades de los proyectos de este tema (Atom)
follow-feed-organisation = Novedades de esta organización y sus proyectos (Atom)
feed-all-projects = Novedades de todos los proyectos

following-title = Lo que usted sigue
following-intro = Las novedades de lo que sigue le llegan según sus preferencias de notificación.
following-preferences-link = Preferencias de notificación
following-none = Todavía no sigue nada. Use el botón Seguir en la página de un proyecto, un tema o una organización.
following-kind-project = Proyecto
following-kind-theme = Tema
following-kind-organisation = Organización

notifications-title = Notificaciones
notifications-unread = { $count ->
    [0] No hay notificaciones sin leer.
    [one] Una notificación sin leer.
   *[other] { $count } notificaciones sin leer.
}
notifications-read-all = Marcar todo como leído
notifications-none = Aún no hay notificaciones. Siga proyectos, temas u organizaciones para recibir sus novedades.
notifications-new = Nuevo
notifications-mark-read = Marcar como leído
notifications-reason-owner = Su gobierno es titular de este proyecto.
notifications-reason-concerned = Esto concierne a su organización.
notifications-reason-partner = Su organización es socia de este proyecto.
notifications-reason-facilitator = Usted es facilitador o facilitadora.
notifications-reason-reviewer = Usted es evaluador o evaluadora.
notifications-reason-follower = Usted sigue este proyecto, uno de sus temas o una de sus organizaciones.

preferences-title = Preferencias de notificación
preferences-intro = Para cada tipo de novedad, elija cómo enterarse: un correo de inmediato, un resumen diario, un resumen semanal o nada. Salvo con «Desactivado», también aparece en sus notificaciones en este sitio.
preferences-digest-time = Los resúmenes llegan a las 7:00 en su zona horaria ({ $zone }); los semanales, los lunes.
preferences-change-zone = Cambiar la zona horaria
preferences-mandatory = Los mensajes sobre los proyectos de su propio gobierno y sobre las presentaciones y reuniones de su propia organización llegan siempre, aunque elija «Desactivado»: los necesita para actuar. «Desactivado» significa entonces un correo de inmediato.
preferences-save = Guardar las preferencias
preferences-saved = Sus preferencias de notificación se han guardado.
preferences-error-choice = Elija cómo enterarse de: { $kind }.

delivery-immediately = De inmediato
delivery-daily = Resumen diario
delivery-weekly = Resumen semanal
delivery-off = Desactivado

event-kind-project_submitted = Proyectos presentados a evaluación
event-kind-review_decision = Decisiones de evaluación
event-kind-stage_changed = Cambios de etapa
event-kind-update_posted = Informes de avance
event-kind-milestone_reached = Hitos alcanzados
event-kind-partner_added = Nuevos socios
event-kind-question_asked = Preguntas formuladas
event-kind-question_answered = Preguntas respondidas
event-kind-introduction_proposed = Presentaciones propuestas
event-kind-introduction_accepted = Presentaciones aceptadas
event-kind-introduction_declined = Presentaciones rechazadas
event-kind-introduction_expiring = Presentaciones a punto de caducar
event-kind-interest_expressed = Intereses expresados
event-kind-meeting_proposed = Reuniones propuestas
event-kind-meeting_changed = Reuniones modificadas
event-kind-update_overdue = Informes de avance atrasados
event-kind-co_owner_invited = Invitaciones a copropiedad
event-kind-join_requested = Solicitudes de incorporación

event-project_submitted = { $project } se presentó a evaluación.
event-review_decision = Se tomó una decisión de evaluación sobre { $project }: { $detail }.
event-stage_changed = { $project } pasó a la etapa: { $detail }.
event-update_posted = { $project } publicó un informe de avance: { $detail }
event-milestone_reached = { $project } alcanzó un hito: { $detail }
event-partner_added = { $organisation } se unió a { $project } como: { $detail }.
event-question_asked = Se formuló una pregunta sobre { $project }: { $detail }
event-question_answered = Se respondió una pregunta sobre { $project }: { $detail }
event-introduction_proposed = Se propuso una presentación entre { $project } y { $organisation }.
event-introduction_accepted = Se aceptó la presentación entre { $project } y { $organisation }.
event-introduction_declined = Se rechazó la presentación entre { $project } y { $organisation }.
event-introduction_expiring = La presentación entre { $project } y { $organisation } caduca pronto sin respuesta.
event-interest_expressed = { $organisation } desea participar en { $project }.
event-meeting_proposed = Se propuso una reunión sobre { $project } con { $organisation }.
event-meeting_changed = Cambió una reunión sobre { $project }: { $detail }
event-update_overdue = { $project } no ha publicado ningún informe de avance desde hace mucho tiempo.
event-co_owner_invited = Se invita a { $organisation } a ser copropietario de { $project }.
event-join_requested = { $organisation } solicita unirse a { $project } como copropietario.
event-other = Hay novedades sobre { $project }.
event-some-project = un proyecto
event-some-organisation = una organización

unsubscribe-title = Darse de baja
unsubscribe-done-title = Baja realizada
unsubscribe-kind = Este enlace detiene sus correos sobre: { $kind }.
unsubscribe-kind-done = Ya no recibirá correos sobre: { $kind }.
unsubscribe-digest-daily = Este enlace detiene su resumen diario.
unsubscribe-digest-daily-done = Ya no recibirá el resumen diario.
unsubscribe-digest-weekly = Este enlace detiene su resumen semanal.
unsubscribe-digest-weekly-done = Ya no recibirá el resumen semanal.
unsubscribe-confirm = Darse de baja
unsubscribe-mandatory = Los mensajes sobre los proyectos de su propio gobierno y sobre las presentaciones y reuniones de su organización siguen llegando.
unsubscribe-preferences = Elegir de qué enterarse

field-time-zone = Zona horaria
account-time-zone-hint = Los resúmenes diarios y semanales llegan a las 7:00 en esta zona horaria.
account-error-time-zone = Elija una zona horaria de la lista.

email-reason-owner = Recibe este mensaje porque su gobierno es titular de este proyecto.
email-reason-concerned = Recibe este mensaje porque concierne a su organización.
email-reason-partner = Recibe este mensaje porque su organización es socia de este proyecto.
email-reason-facilitator = Recibe este mensaje porque usted es facilitador o facilitadora.
email-reason-reviewer = Recibe este mensaje porque usted es evaluador o evaluadora.
email-reason-follower = Recibe este mensaje porque sigue este proyecto, uno de sus temas o una de sus organizaciones.
email-notify-see = Verlo en la plataforma
email-notify-mandatory = Los mensajes sobre sus propios proyectos y presentaciones no se pueden desactivar.
email-notify-unsubscribe = Dejar de recibir correos sobre: { $kind }
email-notify-preferences = Elegir de qué enterarse
email-digest-subject-daily = { $count ->
    [one] Su resumen diario: 1 novedad
   *[other] Su resumen diario: { $count } novedades
}
email-digest-subject-weekly = { $count ->
    [one] Su resumen semanal: 1 novedad
   *[other] Su resumen semanal: { $count } novedades
}
email-digest-intro-daily = { $count ->
    [one] Esto es lo que ocurrió desde su último resumen, por proyecto, de lo más reciente a lo más antiguo (1 novedad).
   *[other] Esto es lo que ocurrió desde su último resumen, por proyecto, de lo más reciente a lo más antiguo ({ $count } novedades).
}
email-digest-intro-weekly = { $count ->
    [one] Esto es lo que ocurrió esta semana, por proyecto, de lo más reciente a lo más antiguo (1 novedad).
   *[other] Esto es lo que ocurrió esta semana, por proyecto, de lo más reciente a lo más antiguo ({ $count } novedades).
}
email-digest-other = Otras novedades
email-digest-unsubscribe-daily = Detener el resumen diario
email-digest-unsubscribe-weekly = Detener el resumen semanal
email-notify-unfollow = Dejar de seguir { $name }
email-digest-unfollow = Dejar de seguir este proyecto
unsubscribe-unfollow = Este enlace deja de seguir: { $name }.
unsubscribe-unfollow-done = Ya no sigue: { $name }.
