## Avance de un proyecto: etapas, novedades, hitos, socios (incidencia 5)
progress-heading = Avance
progress-overdue = Novedad atrasada.
progress-overdue-detail = { $count ->
    [one] Se espera que un proyecto en curso publique una novedad al menos cada día.
   *[other] Se espera que un proyecto en curso publique una novedad al menos cada { $count } días.
}
progress-manage-link = Gestionar la etapa, las novedades, los hitos y los socios
progress-follow-up-link = Seguimiento de todos los proyectos
progress-milestones = Hitos
progress-milestones-none = Todavía no se ha fijado ningún hito.
progress-due = vence el
progress-reached = alcanzado el
progress-not-reached = aún no alcanzado
progress-updates = Novedades
progress-updates-none = Todavía no se ha publicado ninguna novedad.
progress-done-stage = El proyecto ha pasado a su nueva etapa.
progress-done-update = Su novedad se ha publicado.
progress-done-milestone = El hito se ha añadido.
progress-done-reached = El hito se ha marcado como alcanzado.
progress-done-partner-added = El socio se ha añadido.
progress-done-partner-removed = El socio se ha retirado.
progress-error-stage = Elija la etapa a la que pasa el proyecto.
progress-error-same-stage = El proyecto ya está en esta etapa: elija otra.
progress-error-date = Introduzca una fecha como 2026-03-31.
progress-error-date-future = La fecha no puede ser posterior a hoy.
progress-error-date-before-last = El último cambio de etapa tiene fecha del { $date }: la fecha no puede ser anterior.
progress-error-date-range = Introduzca una fecha entre 1990 y 2100.
progress-error-too-long = { $count ->
    [one] Acorte el texto a { $count } carácter.
   *[other] Acorte el texto a { $count } caracteres como máximo.
}
progress-error-update-empty = Escriba lo que ha ocurrido desde la última novedad.
progress-error-milestone-empty = Indique en qué consiste el hito.
progress-error-organisation = Elija la organización entre las encontradas.
progress-error-role = Elija el papel del socio.
progress-error-already-partner = Esta organización ya es socia con este papel.
progress-error-question-empty = Escriba su pregunta.
progress-error-answer-empty = Escriba la respuesta.
progress-error-reason-empty = Indique por qué se oculta; el motivo se muestra en su lugar.

## La página de los gestores
manage-title = Gestionar el proyecto
manage-stage = Etapa
manage-new-stage = Nueva etapa
manage-choose = Elegir…
manage-stage-date = Fecha del cambio
manage-date-hint = Hoy, salvo que indique otra; no puede ser posterior a hoy.
manage-stage-note = Nota (opcional): lo que ocurrió
manage-stage-submit = Cambiar de etapa
manage-update = Publicar una novedad
manage-update-text = Lo que ha ocurrido
manage-plain-text-hint = Texto sin formato; las direcciones web que empiezan por http:// o https:// se convierten en enlaces.
manage-update-date = Fecha de la novedad
manage-update-submit = Publicar la novedad
manage-milestone-add = Añadir un hito
manage-milestone-title = Hito
manage-milestone-due = Fecha límite
manage-milestone-submit = Añadir el hito
manage-mark-reached = Marcar como alcanzado
manage-partner-add = Añadir un socio
manage-partner-search = Buscar una organización por su nombre o código
manage-partner-find = Buscar
manage-partner-none-found = Ninguna organización coincide con estas palabras.
manage-partner-organisation = Organización
manage-partner-role = Papel
manage-partner-submit = Añadir el socio
manage-partner-remove = Retirar

## Lista de seguimiento
follow-up-title = Seguimiento de los proyectos
follow-up-lead-own = Los proyectos en curso de su gobierno, primero los que llevan más tiempo sin novedades.
follow-up-lead-all = Todos los proyectos en curso, primero los que llevan más tiempo sin novedades.
follow-up-none = Ningún proyecto en curso.
follow-up-overdue-count = { $count ->
    [0] No hay ninguna novedad atrasada.
    [one] La novedad de un proyecto está atrasada.
   *[other] Las novedades de { $count } proyectos están atrasadas.
}
follow-up-caption = Proyectos en curso y su última novedad
follow-up-project = Proyecto
follow-up-stage = Etapa
follow-up-last-update = Última novedad
follow-up-flag = Novedad
follow-up-never = ninguna todavía
follow-up-up-to-date = al día

## Preguntas y comentarios
questions-heading = Preguntas y comentarios
questions-none = Todavía no se ha hecho ninguna pregunta.
questions-hidden = Ocultado por un facilitador:
questions-answered-by = Respuesta de
questions-answer = Responder a esta pregunta
questions-correct-answer = Corregir la respuesta
questions-send-answer = Publicar la respuesta
questions-hide-question-reason = Motivo para ocultar esta pregunta
questions-hide-question = Ocultar la pregunta
questions-hide-answer-reason = Motivo para ocultar esta respuesta
questions-hide-answer = Ocultar la respuesta
questions-ask-label = Su pregunta o comentario
questions-ask-hint = Texto sin formato, mostrado públicamente con su nombre. Las direcciones web se convierten en enlaces.
questions-ask = Publicar
questions-sign-in = Inicie sesión para hacer una pregunta

## Recomendaciones del FMMD
outcomes-title = Recomendaciones del FMMD
outcomes-lead = Las recomendaciones de las mesas redondas del FMMD 2010 en Puerto Vallarta, por sesión, con los proyectos que dan seguimiento a cada una.
outcomes-all-link = Todas las recomendaciones del FMMD y su seguimiento
outcomes-followed-count = { $count ->
    [0] ningún proyecto le da seguimiento todavía
    [one] un proyecto le da seguimiento
   *[other] { $count } proyectos le dan seguimiento
}
outcome-title = Recomendación
outcome-projects = Proyectos que le dan seguimiento
outcome-projects-none = Ningún proyecto público da seguimiento todavía a esta recomendación.

# Qué necesidades cubre un socio (issue 13, punto 5)
needs-title = ¿Qué necesidades cubre { $organisation }?
needs-lead = Indique para cada necesidad del proyecto si este socio la cubre. La página del proyecto muestra cada necesidad como abierta, cubierta en parte o cubierta, y los facilitadores dejan de buscar socios para las necesidades cubiertas.
needs-answer-none = { $organisation } no la cubre
needs-answer-partly = { $organisation } cubre una parte
needs-answer-fully = { $organisation } la cubre
needs-submit = Guardar
needs-error = Elija una respuesta para cada necesidad: si { $organisation } la cubre, cubre una parte o no.
manage-partner-needs = Necesidades que cubre
progress-done-needs = Guardado. La página del proyecto muestra qué necesidades están cubiertas; un proyecto con todas sus necesidades cubiertas sale de la cola de los facilitadores.
