# Mensajes de correo electrónico (templates/email/) y buzón de desarrollo (/dev/mailbox).
# Las claves son las mismas en los seis idiomas; una prueba unitaria lo comprueba.

## Todos los mensajes

email-brand = Plataforma para las Alianzas
email-greeting = Hola:
email-footer-about = La Plataforma para las Alianzas es el servicio del Foro Mundial sobre Migración y Desarrollo dedicado a las alianzas en materia de migración y desarrollo.
email-footer-automatic = Este mensaje se envió automáticamente; las respuestas no se leen.

## El mensaje de prueba (pfp mail test)

email-test-subject = Mensaje de prueba de la Plataforma para las Alianzas
email-test-body = Este es un mensaje de prueba, solicitado el { $time }. Si lo está leyendo, los mensajes de la plataforma llegan a esta dirección.
email-test-no-action = No tiene que hacer nada.
email-test-link = Abrir la plataforma

## El buzón de desarrollo (solo en modo de demostración)

mailbox-title = Buzón de desarrollo
mailbox-intro = Todos los mensajes que la plataforma ha enviado mientras no hay ningún servidor SMTP configurado (PFP_SMTP_URL sin definir). Esta página solo existe en modo de demostración.
mailbox-empty = Todavía no hay mensajes. Para poner uno en cola: pfp mail test --to alguien@example.org
mailbox-count = { $count ->
    [one] 1 mensaje
   *[other] { $count } mensajes
}
mailbox-date = Fecha
mailbox-from = De
mailbox-to = Para
mailbox-subject = Asunto
mailbox-message-id = Message-ID
mailbox-language = Idioma
mailbox-no-subject = (sin asunto)
mailbox-text-part = Parte de texto
mailbox-no-text-part = Este mensaje no tiene parte de texto.
mailbox-open-html = Abrir la parte HTML
mailbox-download = Descargar el mensaje (.eml)
mailbox-back = Todos los mensajes

## Mensajes de las cuentas: invitación, confirmación de la dirección, intento de registro, restablecimiento de la contraseña

email-greeting-name = Hola, { $name }:
email-link-fallback = Si el botón no funciona, copie esta dirección en su navegador:
email-link-expiry-days = Este enlace solo funciona una vez y caduca dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    }.
email-link-expiry-hours = Este enlace solo funciona una vez y caduca dentro de { $hours ->
        [one] { $hours } hora
       *[other] { $hours } horas
    }.
email-invitation-subject = Invitación a la Plataforma para las Alianzas
email-invitation-invites = { $inviter } le invita a unirse a la Plataforma para las Alianzas con el rol de «{ $role }».
email-invitation-invites-for = { $inviter } le invita a unirse a la Plataforma para las Alianzas con el rol de «{ $role }» (organización: { $organisation }).
email-invitation-action = Para aceptar, elija su contraseña:
email-invitation-link = Aceptar la invitación
email-invitation-ignore = Si no esperaba esta invitación, puede ignorar este mensaje.
email-verification-subject = Confirme su dirección en la Plataforma para las Alianzas
email-verification-action = Gracias por crear una cuenta en la Plataforma para las Alianzas. Para confirmar que esta dirección es suya y empezar a usar su cuenta, abra este enlace:
email-verification-link = Confirmar mi dirección
email-verification-ignore = Si no ha creado ninguna cuenta, ignore este mensaje: sin esta confirmación, la cuenta no puede usarse.
email-registration-attempt-subject = Alguien intentó crear una cuenta con su dirección
email-registration-attempt-body = Alguien, quizá usted, intentó crear una cuenta en la Plataforma para las Alianzas con esta dirección. Usted ya tiene una cuenta, así que no se ha creado ninguna nueva.
email-registration-attempt-sign-in = Para usar su cuenta, inicie sesión:
email-registration-attempt-reset = Si ha olvidado su contraseña, elija una nueva:
email-registration-attempt-ignore = Si no fue usted, puede ignorar este mensaje: nada ha cambiado en su cuenta.
email-password-reset-subject = Elija una contraseña nueva para la Plataforma para las Alianzas
email-password-reset-action = Hemos recibido una solicitud para elegir una contraseña nueva para su cuenta. Para elegirla, abra este enlace:
email-password-reset-link = Elegir una contraseña nueva
email-password-reset-ignore = Si no lo ha solicitado, ignore este mensaje: su contraseña no cambia.
mailbox-attachments = Archivos adjuntos
mailbox-attachment-unnamed = (sin nombre)
mailbox-attachment-bytes = { $count ->
    [one] 1 byte
   *[other] { $count } bytes
}
