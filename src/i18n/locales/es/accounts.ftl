# Flujos de las cuentas: invitaciones, incorporación, registro, confirmación de la dirección,
# restablecimiento de la contraseña. Las claves son las mismas en los seis idiomas; una
# prueba unitaria lo comprueba.

## Página de inicio de sesión y página de la cuenta

login-forgot-password = ¿Olvidó su contraseña?
login-create-account = Crear una cuenta
login-error-unverified = Primero confirme su dirección: abra el enlace del mensaje que le enviamos al crear su cuenta. ¿No recibió el mensaje? Use «¿Olvidó su contraseña?» para recibir un enlace nuevo.
account-invite = Invitar a alguien

## Invitaciones (/invitations/new)

invite-title = Invitar a alguien
invite-lead = La persona invitada recibe un mensaje de correo electrónico con un enlace para elegir su contraseña. El enlace solo funciona una vez, durante { $count ->
        [one] { $count } día
       *[other] { $count } días
    }.
invite-field-role = Rol
invite-field-organisation = Organización
invite-organisation-hint-delegate = Un delegado representa a un gobierno.
invite-organisation-hint-member = Un miembro pertenece a una organización de cualquier tipo.
invite-organisation-hint-none = Los facilitadores y los revisores no pertenecen a ninguna organización: elija «Ninguna».
invite-organisation-none = Ninguna
invite-organisation-choose = Elija una organización
invite-organisations-governments = Gobiernos
invite-organisations-others = Otras organizaciones
invite-field-language = Idioma de la invitación
invite-submit = Enviar la invitación
invite-sent = Invitación enviada a { $name } ({ $email }).
invite-error-email = Introduzca la dirección de correo electrónico de la persona invitada, por ejemplo nombre@example.org.
invite-error-exists = Ya existe una cuenta con esta dirección de correo electrónico.
invite-error-role = Elija un rol.
invite-error-organisation-missing = Elija la organización de la persona invitada.
invite-error-organisation-government = Un delegado representa a un gobierno: elija un gobierno.
invite-error-organisation-unexpected = Los facilitadores y los revisores no pertenecen a ninguna organización: elija «Ninguna».
invite-error-organisation-unknown = Esta organización no existe. Elija una de la lista.

## Incorporación (/join/…)

join-title = Unirse a la Plataforma para las Alianzas
join-lead = Ha recibido una invitación. Compruebe su nombre y elija una contraseña para empezar a usar su cuenta.
join-submit = Unirse e iniciar sesión

## Registro (/register)

register-title = Crear una cuenta
register-lead = Con una cuenta puede seguir proyectos, temas y organizaciones, y hacer preguntas. Los gobiernos, las organizaciones y las estructuras del FMMD se incorporan por invitación de la Unidad de Apoyo del FMMD.
register-submit = Crear la cuenta
register-have-account = ¿Ya tiene una cuenta? Inicie sesión
register-error-throttled = Se han creado demasiadas cuentas desde su red. Espere una hora y vuelva a intentarlo.
register-sent = Hemos enviado un mensaje a { $email }. Abra el enlace que contiene para confirmar su dirección y empezar a usar su cuenta. El enlace solo funciona una vez, durante { $count ->
        [one] { $count } día
       *[other] { $count } días
    }.
register-sent-hint = ¿No ha recibido ningún mensaje al cabo de unos minutos? Mire en la carpeta de correo no deseado, compruebe la dirección y vuelva a registrarse.
mail-sent-title = Consulte su correo electrónico

## Restablecimiento de la contraseña (/password/…)

forgot-title = ¿Olvidó su contraseña?
forgot-lead = Introduzca la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva.
forgot-submit = Enviar el enlace
forgot-sent = Si alguna cuenta usa { $email }, le hemos enviado un enlace para elegir una contraseña nueva. El enlace solo funciona una vez, durante { $count ->
        [one] { $count } hora
       *[other] { $count } horas
    }.
forgot-sent-hint = ¿No ha recibido ningún mensaje al cabo de unos minutos? Mire en la carpeta de correo no deseado y compruebe la dirección; después, vuelva a solicitarlo.
forgot-error-throttled = Demasiadas solicitudes de contraseña nueva. Espere una hora y vuelva a intentarlo.
reset-title = Elegir una contraseña nueva
reset-lead = Elija una contraseña nueva para { $email }. Se cerrarán todas sus demás sesiones.
reset-submit = Guardar la contraseña e iniciar sesión

## Enlaces de mensajes que no se pueden usar

link-unknown-title = Este enlace no es válido
link-unknown-advice = Compruebe que ha abierto el enlace completo del mensaje: si estaba dividido en dos líneas, copie ambas partes en la barra de direcciones.
link-expired-title = Este enlace ha caducado
link-used-title = Este enlace ya se ha utilizado
link-invitation-expired = Los enlaces de invitación funcionan durante un tiempo limitado. Para recibir un enlace nuevo, use «¿Olvidó su contraseña?» con la dirección a la que se envió la invitación.
link-invitation-used = Esta invitación ya ha sido aceptada. Inicie sesión con su dirección de correo electrónico y la contraseña que eligió.
link-verification-expired = Para recibir un enlace nuevo, use «¿Olvidó su contraseña?»: elegir una contraseña nueva también confirma su dirección.
link-verification-used = Su dirección ya está confirmada. Inicie sesión con su dirección de correo electrónico y su contraseña.
link-reset-expired = Los enlaces para elegir una contraseña nueva funcionan durante un tiempo limitado. Solicite uno nuevo con «¿Olvidó su contraseña?».
link-reset-used = Este enlace ya se utilizó para elegir una contraseña nueva. Inicie sesión o solicite un enlace nuevo con «¿Olvidó su contraseña?».
