## Administración (/admin) e historial público de un proyecto: español.
## Las mismas claves, en el mismo orden, que en/admin.ftl (una prueba lo comprueba).

## Índice
admin-title = Administración
admin-lead = Gestione el acceso de las personas, mantenga al día el directorio de organizaciones, vea quién cambió qué y supervise el correo saliente.
admin-people-title = Personas
admin-people-intro = Cambiar el rol y la organización de una persona, desactivar o reactivar una cuenta.
admin-people-count = { $count ->
    [one] { $count } persona tiene cuenta
   *[other] { $count } personas tienen cuenta
}
admin-organisations-title = Organizaciones
admin-organisations-intro = Añadir organizaciones, corregir sus datos y fusionar duplicados.
admin-audit-title = Registro de cambios
admin-audit-intro = Todos los cambios hechos en la plataforma: quién los hizo, cuándo y qué había antes y después.
admin-mail-title = Correo
admin-mail-intro = Los mensajes en espera, enviados o abandonados, y el reenvío de los que fallaron.
admin-mail-dead-count = { $count ->
    [0] No se ha abandonado ningún mensaje
    [one] Se ha abandonado { $count } mensaje
   *[other] Se han abandonado { $count } mensajes
}

## Palabras comunes
admin-none = Ninguna
admin-yes = Sí
admin-no = No
admin-role = Rol
admin-organisation = Organización
admin-status = Estado
admin-status-active = Activa
admin-status-deactivated = Desactivada
admin-verified = Dirección verificada
admin-language = Idioma
admin-created = Cuenta creada el
admin-actions = Acciones
admin-edit = Editar
admin-merge = Fusionar
admin-choose = Elija…
admin-optional = Opcional.
admin-save = Guardar los cambios
admin-cancel = Cancelar
admin-done-unchanged = No ha cambiado nada: los valores ya eran estos.
admin-governments = Gobiernos
admin-other-organisations = Otras organizaciones

## Personas
admin-people-filters = Filtrar personas
admin-people-filter-q = Nombre o dirección de correo electrónico
admin-people-found = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
admin-people-none = Nadie coincide con estos filtros.
admin-people-caption = Personas, por nombre
admin-person-done-role = El rol se ha cambiado.
admin-person-done-deactivated = La cuenta está desactivada y se han cerrado todas las sesiones de esta persona.
admin-person-done-reactivated = La cuenta vuelve a estar activa. La persona puede iniciar sesión.
admin-person-role-heading = Rol y organización
admin-person-self-role = No puede cambiar su propio rol. Pídaselo a otro administrador.
admin-person-organisation-hint = Un delegado pertenece a un gobierno y un miembro a cualquier organización. Los demás roles no pertenecen a ninguna: en ese caso la organización no se guarda.
admin-person-role-submit = Cambiar el rol
admin-person-access-heading = Acceso
admin-person-active-text = Esta cuenta está activa: la persona puede iniciar sesión.
admin-person-self-deactivate = No puede desactivar su propia cuenta.
admin-person-deactivate-hint = La persona queda desconectada en todas partes de inmediato y no puede volver a iniciar sesión hasta que se reactive la cuenta.
admin-person-deactivate = Desactivar esta cuenta
admin-person-deactivated-text = Esta cuenta está desactivada: la persona no puede iniciar sesión.
admin-person-reactivate = Reactivar esta cuenta
admin-person-audit-about = Cambios relativos a esta persona
admin-person-audit-by = Cambios hechos por esta persona
admin-person-error-self-role = No puede cambiar su propio rol. Pídaselo a otro administrador.
admin-person-error-role = Elija un rol.
admin-person-error-not-government = Un delegado representa a un gobierno. Elija un gobierno.
admin-person-error-government = Elija el gobierno al que representa este delegado.
admin-person-error-organisation = Elija la organización a la que pertenece este miembro.
admin-person-error-last-administrator = Es el último administrador activo. Primero dé el rol de administrador a otra persona.
admin-person-error-self-deactivate = No puede desactivar su propia cuenta. Pídaselo a otro administrador.

## Organizaciones
admin-organisations-filters = Buscar organizaciones
admin-organisations-caption = Organizaciones, por nombre
admin-organisation-new = Añadir una organización
admin-org-name = Nombre
admin-org-code = Código
admin-org-code-hint = Un código de país como MX para un gobierno nacional; si no, un prefijo corto, dos puntos y un nombre, como org:IOM o cs:ICMC.
admin-org-acronym = Sigla
admin-org-kind = Tipo de organización
admin-org-country = País
admin-org-country-hint = Obligatorio para un gobierno.
admin-org-region = Región
admin-org-description = Descripción
admin-org-website = Sitio web
admin-org-website-hint = Opcional. Una dirección completa que empiece por https:// o http://.
admin-org-lang = Idioma del nombre y de la descripción
admin-organisation-edit-title = Editar { $name }
admin-organisation-new-title = Nueva organización
admin-organisation-public-page = Página pública
admin-organisation-merge-link = Fusionar con otra organización
admin-organisation-audit-link = Cambios relativos a esta organización
admin-organisation-create = Crear la organización
admin-organisation-done-created = La organización se ha creado.
admin-organisation-done-saved = Sus cambios se han guardado.
admin-organisation-done-merged = El duplicado se ha fusionado con esta organización y se ha eliminado.
admin-org-error-code = Escriba un código como org:IOM, o un código de país como MX para un gobierno.
admin-org-error-code-country = Solo el código de un gobierno puede ser un código de país. Use un código como org:ABC.
admin-org-error-code-taken = Otra organización ya tiene este código. Elija otro código o fusione las dos organizaciones.
admin-org-error-name = Escriba el nombre, de 300 caracteres como máximo.
admin-org-error-acronym = Escriba una sigla de 30 caracteres como máximo, o deje el campo vacío.
admin-org-error-kind = Elija el tipo de organización.
admin-org-error-country = Elija un país de la lista.
admin-org-error-country-government = Elija el país de este gobierno.
admin-org-error-country-code = El país debe ser el que indica el código.
admin-org-error-region = Elija una región de la lista.
admin-org-error-description = Acorte la descripción a 10 000 caracteres como máximo.
admin-org-error-website = Escriba una dirección web que empiece por https:// o http://, como https://www.iom.int.
admin-org-error-lang = Elija uno de los seis idiomas.

## Fusión de duplicados
admin-merge-title = Fusionar { $name } con otra organización
admin-merge-lead = Úselo cuando una misma organización esté registrada dos veces. Todo lo vinculado a este registro pasa a la organización que se conserva y después este registro se elimina.
admin-merge-moves = Qué se traslada
admin-merge-partners = { $count ->
    [one] { $count } asociación en proyectos
   *[other] { $count } asociaciones en proyectos
}
admin-merge-engagements = { $count ->
    [one] { $count } participación en el FMMD
   *[other] { $count } participaciones en el FMMD
}
admin-merge-people = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
admin-merge-warning = Una asociación que la organización conservada ya tiene en el mismo proyecto y con el mismo rol no se duplica. Esta operación no se puede deshacer.
admin-merge-keep = Organización que se conserva
admin-merge-keep-hint = El registro que permanece; este se elimina.
admin-merge-submit = Fusionar y eliminar este registro
admin-merge-error-keep = Elija la organización que se conserva.
admin-merge-error-same = Elija una organización distinta de la que se fusiona.
admin-merge-error-delegates = Este registro tiene delegados, que deben pertenecer a un gobierno. Conserve un gobierno o cambie antes su rol.

## Registro de cambios
admin-audit-filters = Filtrar el registro de cambios
admin-audit-who = Quién
admin-audit-what = Qué
admin-audit-subject-type = Relativo a
admin-audit-from = Desde
admin-audit-to = Hasta
admin-audit-date-hint = Por ejemplo, 2026-11-29.
admin-audit-found = { $count ->
    [one] { $count } entrada
   *[other] { $count } entradas
}
admin-audit-none = Ninguna entrada coincide con estos filtros.
admin-audit-caption = Cambios, los más recientes primero
admin-audit-when = Cuándo
admin-audit-subject = Objeto
admin-audit-before = Antes
admin-audit-after = Después
admin-audit-system = El sistema
admin-audit-public = Público
admin-audit-error-person = Elija una persona de la lista.
admin-audit-error-subject = Este enlace al registro no es correcto. Vuelva a empezar desde el registro de cambios.
admin-audit-error-date = Escriba una fecha con el formato año-mes-día, como 2026-11-29.
admin-audit-error-range = La fecha «Desde» debe ser anterior o igual a la fecha «Hasta».
audit-subject-person = Persona
audit-subject-organisation = Organización
audit-subject-project = Proyecto
audit-subject-question = Pregunta
audit-subject-mail = Correo
audit-action-person-role_changed = Rol cambiado
audit-action-person-notifications_changed = Preferencias de notificación cambiadas
audit-action-person-deactivated = Cuenta desactivada
audit-action-person-reactivated = Cuenta reactivada
audit-action-person-profile_changed = Nombre o idioma cambiados
audit-action-person-password_changed = Contraseña cambiada
audit-action-person-created = Cuenta creada
audit-action-person-invited = Persona invitada
audit-action-person-password_reset_requested = Restablecimiento de contraseña solicitado
audit-action-person-registered = Cuenta registrada
audit-action-organisation-created = Organización creada
audit-action-organisation-updated = Organización modificada
audit-action-organisation-merged = Organización duplicada fusionada
audit-action-organisation-profile_updated = Perfil de asociación modificado
audit-action-project-partner_merged = Registros de socio fusionados
audit-action-project-partner_added = Socio añadido
audit-action-project-partner_removed = Socio retirado
audit-action-project-stage_changed = Cambio de etapa
audit-action-project-update_posted = Novedad publicada
audit-action-project-milestone_added = Hito añadido
audit-action-project-milestone_reached = Hito alcanzado
audit-action-question-asked = Pregunta formulada
audit-action-question-answered = Pregunta respondida
audit-action-question-hidden = Pregunta ocultada por un facilitador
audit-action-answer-hidden = Respuesta ocultada por un facilitador
audit-action-mail-retried = Correo puesto de nuevo en cola

## Correo
admin-mail-counts-caption = Mensajes por estado
admin-mail-status = Estado
admin-mail-messages = Mensajes
admin-mail-status-pending = En espera de envío
admin-mail-status-sending = Enviándose
admin-mail-status-sent = Enviados
admin-mail-status-dead = Abandonados
admin-mail-dead-heading = Mensajes abandonados
admin-mail-dead-intro = Tras un rechazo definitivo o demasiados intentos fallidos, un mensaje se abandona. Una vez corregida la causa, vuelva a ponerlo en cola: se envía con un nuevo recuento de intentos.
admin-mail-dead-none = No se ha abandonado ningún mensaje.
admin-mail-dead-caption = Mensajes abandonados, los más recientes primero
admin-mail-retry-all = Volver a poner en cola todos los mensajes abandonados
admin-mail-number = Número
admin-mail-recipient = Destinatario
admin-mail-kind = Tipo
admin-mail-attempts = Intentos
admin-mail-given-up = Abandonado el
admin-mail-last-error = Último error
admin-mail-no-error = No se registró ningún error.
admin-mail-retry = Volver a poner en cola
admin-mail-retry-number = el mensaje { $number }
admin-mail-requeued = { $count ->
    [0] No había ningún mensaje que volver a poner en cola.
    [one] Se ha vuelto a poner en cola { $count } mensaje.
   *[other] Se han vuelto a poner en cola { $count } mensajes.
}
admin-mail-error-which = Elija un mensaje para volver a ponerlo en cola.
admin-mail-error-gone = Este mensaje ya no está abandonado: quizá ya se haya vuelto a poner en cola.

## Historial público de un proyecto
project-history = Historial
project-history-none = Todavía no se ha registrado ningún cambio en este proyecto.
audit-action-resource-added = Recurso añadido
audit-action-resource-removed = Recurso retirado
audit-subject-resource = Recurso
audit-action-project-proposed = Proyecto propuesto
audit-action-project-edited = Propuesta modificada
audit-action-project-submitted = Enviado a examen
audit-action-project-endorsed = Respaldado por los examinadores
audit-action-project-changes_requested = Cambios solicitados por los examinadores
audit-action-project-declined = Rechazado por los examinadores
audit-action-project-withdrawn = Retirado por sus propietarios
audit-action-project-co_owner_invited = Gobierno invitado como copropietario
audit-action-project-co_owner_declined = Invitación de copropiedad rechazada
audit-action-project-join_requested = Solicitud para unirse como copropietario
audit-action-project-join_declined = Solicitud para unirse rechazada
audit-action-person-joined_by_introduction = Se unió mediante un enlace de presentación
audit-action-contact-added = Punto de contacto añadido
audit-action-contact-changed = Punto de contacto modificado
audit-action-contact-removed = Punto de contacto eliminado
audit-action-person-calendar_feed_renewed = Canal de calendario: dirección nueva
audit-action-person-calendar_feed_off = Canal de calendario desactivado
audit-action-project-needs_met = Necesidades cubiertas
