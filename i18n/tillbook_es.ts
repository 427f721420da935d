<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US" sourcelanguage="en_US">
<context>
    <name>AccountMaintenancePage</name>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>%1 · %2 · owes %3</source>
        <translation>%1 · %2 · debe %3</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Mailing address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Motivo del cambio</translation>
    </message>
    <message>
        <source>Save contact details</source>
        <translation>Guardar datos de contacto</translation>
    </message>
    <message>
        <source>Contact log: what the customer asked</source>
        <translation>Registro de contacto: lo que pidió el cliente</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Adjust a bill (a credit is negative)</source>
        <translation>Ajustar una factura (un crédito es negativo)</translation>
    </message>
    <message>
        <source>No open bill</source>
        <translation>No hay facturas pendientes</translation>
    </message>
    <message>
        <source>Bill to adjust</source>
        <translation>Factura a ajustar</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record the adjustment</source>
        <translation>Registrar el ajuste</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todo</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Arrangements</source>
        <translation>Planes de pago</translation>
    </message>
    <message>
        <source>Returned checks</source>
        <translation>Cheques devueltos</translation>
    </message>
    <message>
        <source>Notes and changes</source>
        <translation>Notas y cambios</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Órdenes</translation>
    </message>
    <message>
        <source>Nothing of this kind on the account.</source>
        <translation>No hay nada de este tipo en la cuenta.</translation>
    </message>
    <message>
        <source>Type an account number and press Enter.</source>
        <translation>Escribir un número de cuenta y presionar Enter.</translation>
    </message>
    <message>
        <source>Receipts print in</source>
        <translation>Los recibos se imprimen en</translation>
    </message>
</context>
<context>
    <name>AccountPanel</name>
    <message>
        <source>Find an account</source>
        <translation>Buscar una cuenta</translation>
    </message>
    <message>
        <source>New search</source>
        <translation>Nueva búsqueda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>Type an account number and press Enter, or search by name, address or phone.</source>
        <translation>Escribir un número de cuenta y presionar Enter, o buscar por nombre, dirección o teléfono.</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Ninguna cuenta coincide con “%1”.</translation>
    </message>
    <message>
        <source>CLOSED</source>
        <translation>CERRADA</translation>
    </message>
    <message>
        <source>CASH ONLY</source>
        <translation>SOLO EFECTIVO</translation>
    </message>
    <message>
        <source>Open balance %1  ·  credit %2</source>
        <translation>Saldo pendiente %1  ·  crédito %2</translation>
    </message>
    <message>
        <source>Payment arrangement</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>Open bills, oldest first: edit an amount to pay part of a bill</source>
        <translation>Facturas pendientes, la más antigua primero: editar un monto para pagar parte de una factura</translation>
    </message>
    <message>
        <source>No open bills. Add a fee, or take a payment on account.</source>
        <translation>No hay facturas pendientes. Agregar un cargo o recibir un pago a cuenta.</translation>
    </message>
    <message>
        <source>due %1  ·  open %2  ·  %3</source>
        <translation>vence %1  ·  pendiente %2  ·  %3</translation>
    </message>
    <message>
        <source>Amount on bill %1</source>
        <translation>Monto para la factura %1</translation>
    </message>
    <message>
        <source>PAST DUE</source>
        <translation>VENCIDA</translation>
    </message>
    <message>
        <source>%1  ·  service %2 to %3</source>
        <translation>%1  ·  servicio del %2 al %3</translation>
    </message>
    <message>
        <source>Find an account by number, name, service address or phone</source>
        <translation>Buscar una cuenta por número, nombre, dirección de servicio o teléfono</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Postings %1</source>
        <translation>Movimientos %1</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>Anulaciones</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Aprobaciones</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devueltos</translation>
    </message>
    <message>
        <source>Over/short</source>
        <translation>Sobrante/faltante</translation>
    </message>
    <message>
        <source>No activity in this range.</source>
        <translation>No hay actividad en este período.</translation>
    </message>
    <message>
        <source>By fund:</source>
        <translation>Por fondo:</translation>
    </message>
    <message>
        <source>Customer credit (a liability) %1</source>
        <translation>Crédito del cliente (un pasivo) %1</translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <source>Supervisor approval</source>
        <translation>Aprobación del supervisor</translation>
    </message>
    <message>
        <source>You are approving: %1</source>
        <translation>Se aprueba: %1</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Supervisors</source>
        <translation>Supervisores</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
</context>
<context>
    <name>ArrangementController</name>
    <message>
        <source>Down payment: %1</source>
        <translation>Pago inicial: %1</translation>
    </message>
    <message>
        <source>The number of installments must be a whole number.</source>
        <translation>El número de cuotas debe ser un número entero.</translation>
    </message>
    <message>
        <source>Choose how often and how interest is charged.</source>
        <translation>Elegir la frecuencia y cómo se cobra el interés.</translation>
    </message>
    <message>
        <source>The annual rate is a percentage such as 6 or 6.125, with no sign.</source>
        <translation>La tasa anual es un porcentaje como 6 o 6.125, sin signo.</translation>
    </message>
    <message>
        <source>The arrangement was not recorded: %1</source>
        <translation>El plan de pagos no se registró: %1</translation>
    </message>
</context>
<context>
    <name>ArrangementView</name>
    <message>
        <source>Payment arrangement</source>
        <translation>Plan de pagos</translation>
    </message>
    <message>
        <source>Account %1 · balance %2</source>
        <translation>Cuenta %1 · saldo %2</translation>
    </message>
    <message>
        <source>Down payment</source>
        <translation>Pago inicial</translation>
    </message>
    <message>
        <source>Installments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <source>Number of installments</source>
        <translation>Número de cuotas</translation>
    </message>
    <message>
        <source>Annual rate %</source>
        <translation>Tasa anual %</translation>
    </message>
    <message>
        <source>Annual interest rate, percent</source>
        <translation>Tasa de interés anual, en porcentaje</translation>
    </message>
    <message>
        <source>First due</source>
        <translation>Primer vencimiento</translation>
    </message>
    <message>
        <source>First due date</source>
        <translation>Fecha del primer vencimiento</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message>
        <source>Every 2 weeks</source>
        <translation>Cada 2 semanas</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>Level payments</source>
        <translation>Pagos fijos</translation>
    </message>
    <message>
        <source>Simple interest</source>
        <translation>Interés simple</translation>
    </message>
    <message>
        <source>This balance needs a supervisor&apos;s approval.</source>
        <translation>Este saldo requiere la aprobación del supervisor.</translation>
    </message>
    <message>
        <source>Record the arrangement</source>
        <translation>Registrar el plan de pagos</translation>
    </message>
    <message>
        <source>Print the promissory note</source>
        <translation>Imprimir el pagaré</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Financed %1 · %2 payments of %3 · finance charge %4 · total of payments %5</source>
        <translation>Financiado %1 · %2 pagos de %3 · cargo financiero %4 · total de pagos %5</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>Capital</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>BackOfficeController</name>
    <message>
        <source>Not changed: </source>
        <translation>No se modificó: </translation>
    </message>
    <message>
        <source>Account %1 updated.</source>
        <translation>Cuenta %1 actualizada.</translation>
    </message>
    <message>
        <source>Not recorded: </source>
        <translation>No se registró: </translation>
    </message>
    <message>
        <source>Note added to account %1.</source>
        <translation>Nota agregada a la cuenta %1.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Not adjusted: %1</source>
        <translation>No se ajustó: %1</translation>
    </message>
    <message>
        <source>Not adjusted: </source>
        <translation>No se ajustó: </translation>
    </message>
    <message>
        <source>Bill %1 adjusted by %2.</source>
        <translation>Factura %1 ajustada en %2.</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Order not recorded: %1</source>
        <translation>Orden no registrada: %1</translation>
    </message>
    <message>
        <source>Order not recorded: </source>
        <translation>Orden no registrada: </translation>
    </message>
    <message>
        <source>Order %1 recorded; the %2 deposit is billed on the account.</source>
        <translation>Orden %1 registrada; el depósito de %2 se factura en la cuenta.</translation>
    </message>
    <message>
        <source>Order %1 recorded.</source>
        <translation>Orden %1 registrada.</translation>
    </message>
    <message>
        <source>Order not changed: </source>
        <translation>Orden no modificada: </translation>
    </message>
    <message>
        <source>Order %1 is %2.</source>
        <translation>Orden %1: %2.</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>%1 de faltante</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>%1 de sobrante</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to key</source>
        <translation>
            <numerusform>%n partida por ingresar</numerusform>
            <numerusform>%n partidas por ingresar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) too many</source>
        <translation>
            <numerusform>%n partida de más</numerusform>
            <numerusform>%n partidas de más</numerusform>
        </translation>
    </message>
    <message>
        <source>In balance</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Control total</source>
        <translation>Total de control</translation>
    </message>
    <message>
        <source>Batch not opened: %1</source>
        <translation>Lote no abierto: %1</translation>
    </message>
    <message>
        <source>the control count is the number of remittances.</source>
        <translation>el conteo de control es la cantidad de pagos recibidos.</translation>
    </message>
    <message>
        <source>Batch not opened: </source>
        <translation>Lote no abierto: </translation>
    </message>
    <message>
        <source>Batch %1 open: key each remittance.</source>
        <translation>Lote %1 abierto: ingresar cada pago recibido.</translation>
    </message>
    <message>
        <source>Remittance not recorded: %1</source>
        <translation>Pago recibido no registrado: %1</translation>
    </message>
    <message>
        <source>Item %1: %2 for account %3 accepted.</source>
        <translation>Partida %1: %2 para la cuenta %3 aceptada.</translation>
    </message>
    <message>
        <source>Item %1: %2 for account %3 goes to the exceptions: %4</source>
        <translation>Partida %1: %2 para la cuenta %3 pasa a excepciones: %4</translation>
    </message>
    <message>
        <source>Not removed: </source>
        <translation>No se quitó: </translation>
    </message>
    <message>
        <source>Item %1 removed.</source>
        <translation>Se quitó la partida %1.</translation>
    </message>
    <message>
        <source>Not approved: </source>
        <translation>No aprobado: </translation>
    </message>
    <message>
        <source>%1 approved.</source>
        <translation>%1 aprobado.</translation>
    </message>
    <message>
        <source>Not rejected: </source>
        <translation>No rechazado: </translation>
    </message>
    <message>
        <source>%1 sent back to its cashier.</source>
        <translation>%1 devuelto a su cajero.</translation>
    </message>
    <message>
        <source>Not sent: </source>
        <translation>No enviado: </translation>
    </message>
    <message>
        <source>%1 is back with the supervisor.</source>
        <translation>%1 volvió al supervisor.</translation>
    </message>
    <message>
        <source>%1 approved and sealed by signed checkpoint at record %2.</source>
        <translation>Día %1 aprobado y sellado con el punto de control firmado en el registro %2.</translation>
    </message>
    <message>
        <source>Day not approved: %1</source>
        <translation>Día no aprobado: %1</translation>
    </message>
    <message>
        <source>Deposit not prepared: </source>
        <translation>Depósito no preparado: </translation>
    </message>
    <message>
        <source>Deposit %1 prepared: %2 in bag %3.</source>
        <translation>Depósito %1 preparado: %2 en la bolsa %3.</translation>
    </message>
    <message>
        <source>Amount the bank credited</source>
        <translation>Monto que acreditó el banco</translation>
    </message>
    <message>
        <source>Not confirmed: </source>
        <translation>No confirmado: </translation>
    </message>
    <message>
        <source>Deposit %1 confirmed: the bank credited %2.</source>
        <translation>Depósito %1 confirmado: el banco acreditó %2.</translation>
    </message>
    <message>
        <source>Cash (net of change)</source>
        <translation>Efectivo (neto del cambio)</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation>Giros postales</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message numerus="yes">
        <source>Batch %1 closed: %2 posted; %n exception(s) to mail back.</source>
        <translation>
            <numerusform>Lote %1 cerrado: %2 contabilizado; %n excepción para devolver por correo.</numerusform>
            <numerusform>Lote %1 cerrado: %2 contabilizado; %n excepciones para devolver por correo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackOfficeView</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Service orders</source>
        <translation>Órdenes de servicio</translation>
    </message>
    <message>
        <source>Mail batch</source>
        <translation>Lote de correo</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Oficina interna</translation>
    </message>
    <message>
        <source>Counter (Esc)</source>
        <translation>Mostrador (Esc)</translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation>Depósitos</translation>
    </message>
</context>
<context>
    <name>CardDialog</name>
    <message>
        <source>Chip</source>
        <translation>Chip</translation>
    </message>
    <message>
        <source>Tap</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <source>Swipe</source>
        <translation>Banda</translation>
    </message>
    <message>
        <source>Keyed</source>
        <translation>Ingresada a mano</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Pago con tarjeta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Approval code</source>
        <translation>Código de aprobación</translation>
    </message>
    <message>
        <source>Approval code from the terminal&apos;s slip</source>
        <translation>Código de aprobación del comprobante de la terminal</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Card brand %1</source>
        <translation>Marca de tarjeta %1</translation>
    </message>
    <message>
        <source>Last four digits</source>
        <translation>Últimos cuatro dígitos</translation>
    </message>
    <message>
        <source>Last four digits of the card</source>
        <translation>Últimos cuatro dígitos de la tarjeta</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Terminal id, optional</source>
        <translation>Identificador de la terminal, opcional</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Leída por</translation>
    </message>
    <message>
        <source>Card read by %1</source>
        <translation>Tarjeta leída por %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add the card payment</source>
        <translation>Agregar el pago con tarjeta</translation>
    </message>
    <message>
        <source>Key the amount the card pays, charge it on the terminal with any convenience fee shown here, then key what its slip says. Never key the card number.</source>
        <translation>Ingresar el monto que paga la tarjeta, cobrarlo en la terminal con el cargo por conveniencia que se muestre aquí y luego ingresar lo que dice su comprobante. Nunca ingresar el número de la tarjeta.</translation>
    </message>
    <message>
        <source>Amount the card pays</source>
        <translation>Monto que paga la tarjeta</translation>
    </message>
    <message>
        <source>Convenience fee %1: charge %2 on the terminal</source>
        <translation>Cargo por conveniencia %1: cobrar %2 en la terminal</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>Take a check</source>
        <translation>Recibir cheque</translation>
    </message>
    <message>
        <source>Take a money order</source>
        <translation>Recibir giro</translation>
    </message>
    <message>
        <source>MICR line</source>
        <translation>Línea MICR</translation>
    </message>
    <message>
        <source>Scan the check, or key: T routing T account U number</source>
        <translation>Escanear el cheque o teclear: T ruta T cuenta U número</translation>
    </message>
    <message>
        <source>Read by the check reader</source>
        <translation>Leído por el lector de cheques</translation>
    </message>
    <message>
        <source>Keyed by hand: compare every digit with the check</source>
        <translation>Ingresado a mano: comparar cada dígito con el cheque</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Amount written on the item</source>
        <translation>Monto escrito en el documento</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Date written on the item, YYYY-MM-DD</source>
        <translation>Fecha escrita en el documento, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>Third party</source>
        <translation>De terceros</translation>
    </message>
    <message>
        <source>Two party</source>
        <translation>De dos partes</translation>
    </message>
    <message>
        <source>Accepted by a supervisor&apos;s override</source>
        <translation>Aceptado con autorización del supervisor</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Needs a supervisor</source>
        <translation>Requiere supervisor</translation>
    </message>
    <message>
        <source>Routing %1 %2 · account %3 · number %4 · %5</source>
        <translation>Ruta %1 %2 · cuenta %3 · número %4 · %5</translation>
    </message>
    <message>
        <source> (cannot be overridden)</source>
        <translation> (no se puede autorizar)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Supervisor override</source>
        <translation>Autorización del supervisor</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Take the check</source>
        <translation>Aceptar el cheque</translation>
    </message>
    <message>
        <source>Take the money order</source>
        <translation>Aceptar el giro</translation>
    </message>
    <message>
        <source>Scan or type the line at the bottom of the check</source>
        <translation>Escanear o escribir la línea de la parte inferior del cheque</translation>
    </message>
    <message>
        <source>Scan or type the line at the bottom of the money order</source>
        <translation>Escanear o escribir la línea de la parte inferior del giro postal</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <source>A payment is on the screen: complete it or start a new search before closing the drawer.</source>
        <translation>Hay un pago en pantalla: completarlo o iniciar una nueva búsqueda antes de cerrar el cajón.</translation>
    </message>
    <message>
        <source>Ledger: 1 signed record</source>
        <translation>Libro mayor: 1 registro firmado</translation>
    </message>
    <message>
        <source>Ledger: %1 signed records</source>
        <translation>Libro mayor: %1 registros firmados</translation>
    </message>
    <message>
        <source>The drawer is full: drop cash to the safe before the next cash payment.</source>
        <translation>El cajón está lleno: hacer un retiro a la caja fuerte antes del próximo pago en efectivo.</translation>
    </message>
    <message>
        <source>The drawer is getting heavy: drop cash to the safe soon.</source>
        <translation>El cajón tiene mucho efectivo: hacer pronto un retiro a la caja fuerte.</translation>
    </message>
    <message>
        <source>No drawer is open: open one with a counted float to take payments.</source>
        <translation>No hay un cajón abierto: abrir uno con un fondo de caja contado para recibir pagos.</translation>
    </message>
    <message>
        <source>Paid-out</source>
        <translation>Pago de caja</translation>
    </message>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <source>The payment on the screen when the station stopped (%1) was recorded: receipt %2.</source>
        <translation>El pago que estaba en pantalla cuando se detuvo la estación (%1) sí se registró: recibo %2.</translation>
    </message>
    <message>
        <source>Resume it</source>
        <translation>Retomarlo</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Descartarlo</translation>
    </message>
    <message>
        <source>Void/refund (F8)</source>
        <translation>Anular/reembolsar (F8)</translation>
    </message>
    <message>
        <source>Back office (F9)</source>
        <translation>Oficina interna (F9)</translation>
    </message>
    <message numerus="yes">
        <source>A payment was on the screen when the station stopped (%1): account %2 %3, %4 due, %n tender(s) entered. Nothing was recorded.</source>
        <translation>
            <numerusform>Había un pago en pantalla cuando se detuvo la estación (%1): cuenta %2 %3, %4 por pagar, %n forma de pago ingresada. No se registró nada.</numerusform>
            <numerusform>Había un pago en pantalla cuando se detuvo la estación (%1): cuenta %2 %3, %4 por pagar, %n formas de pago ingresadas. No se registró nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drawer</source>
        <translation>Abrir cajón</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Retiro</translation>
    </message>
    <message>
        <source>Close drawer</source>
        <translation>Cerrar cajón</translation>
    </message>
</context>
<context>
    <name>DenominationGrid</name>
    <message>
        <source>Number of %1</source>
        <translation>Cantidad de %1</translation>
    </message>
    <message>
        <source>Rolled</source>
        <translation>En rollo</translation>
    </message>
    <message>
        <source>Rolled coin, in dollars</source>
        <translation>Monedas en rollo, en dólares</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DepositsPage</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Bag number</source>
        <translation>Número de bolsa</translation>
    </message>
    <message>
        <source>Seal number</source>
        <translation>Número de precinto</translation>
    </message>
    <message>
        <source>Prepare the deposit</source>
        <translation>Preparar el depósito</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Bag / seal</source>
        <translation>Bolsa / precinto</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation>Giros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>No deposit has been prepared yet.</source>
        <translation>Todavía no se ha preparado ningún depósito.</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>The bank credited %1 on %2, reference %3; difference %4: %5</source>
        <translation>El banco acreditó %1 el %2, referencia %3; diferencia %4: %5</translation>
    </message>
    <message>
        <source>The bank credited %1 on %2, reference %3</source>
        <translation>El banco acreditó %1 el %2, referencia %3</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>Imprimir comprobante</translation>
    </message>
    <message>
        <source>Print the slip of deposit %1</source>
        <translation>Imprimir el comprobante del depósito %1</translation>
    </message>
    <message>
        <source>Key the bank&apos;s confirmation</source>
        <translation>Ingresar la confirmación del banco</translation>
    </message>
    <message>
        <source>Key the bank&apos;s confirmation of deposit %1</source>
        <translation>Ingresar la confirmación del banco del depósito %1</translation>
    </message>
    <message>
        <source>The bank&apos;s confirmation of deposit %1</source>
        <translation>La confirmación del banco del depósito %1</translation>
    </message>
    <message>
        <source>Amount credited</source>
        <translation>Monto acreditado</translation>
    </message>
    <message>
        <source>Bank&apos;s date</source>
        <translation>Fecha del banco</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Reason, when the amount differs</source>
        <translation>Motivo, cuando el monto difiere</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Float kept back %1 · %2, %3, %4 · prepared by %5</source>
        <translation>Fondo retenido %1 · %2, %3, %4 · preparado por %5</translation>
    </message>
    <message numerus="yes">
        <source>%n drawer(s)</source>
        <translation>
            <numerusform>%n cajón</numerusform>
            <numerusform>%n cajones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mail batch(es)</source>
        <translation>
            <numerusform>%n lote de correo</numerusform>
            <numerusform>%n lotes de correo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) and money order(s)</source>
        <translation>
            <numerusform>%n cheque o giro</numerusform>
            <numerusform>%n cheques y giros</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeviceController</name>
    <message>
        <source>The drawer did not open (%1). What was done is recorded; open it with the key.</source>
        <translation>El cajón no se abrió (%1). Lo realizado quedó registrado; abrirlo con la llave.</translation>
    </message>
    <message>
        <source>The drawer is closed in the books but the cash drawer is still open: push it shut.</source>
        <translation>El cajón está cerrado en los registros, pero el cajón de efectivo sigue abierto: empujarlo para cerrarlo.</translation>
    </message>
    <message>
        <source>No receipt printer is set up in devices.json.</source>
        <translation>No hay una impresora de recibos configurada en devices.json.</translation>
    </message>
    <message>
        <source>No cash drawer is set up in devices.json.</source>
        <translation>No hay un cajón de efectivo configurado en devices.json.</translation>
    </message>
    <message>
        <source>The drawer was opened for the test.</source>
        <translation>Se abrió el cajón para la prueba.</translation>
    </message>
    <message>
        <source>Printing a test receipt…</source>
        <translation>Imprimiendo un recibo de prueba…</translation>
    </message>
    <message>
        <source>Opening the drawer…</source>
        <translation>Abriendo el cajón…</translation>
    </message>
</context>
<context>
    <name>DeviceTestView</name>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>No receipt printer is set up: documents are kept as PDF files and sent to the CUPS queue when one is set.</source>
        <translation>No hay una impresora de recibos configurada: los documentos se guardan como archivos PDF y se envían a la cola de CUPS cuando hay una configurada.</translation>
    </message>
    <message>
        <source>Cash drawer: open</source>
        <translation>Cajón de efectivo: abierto</translation>
    </message>
    <message>
        <source>Cash drawer: its sensor cannot be read</source>
        <translation>Cajón de efectivo: no se puede leer su sensor</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verificar de nuevo</translation>
    </message>
    <message>
        <source>Print a test receipt</source>
        <translation>Imprimir un recibo de prueba</translation>
    </message>
    <message>
        <source>Open the drawer</source>
        <translation>Abrir el cajón</translation>
    </message>
    <message>
        <source>Check reader: feed a check to test it.</source>
        <translation>Lector de cheques: pasar un cheque para probarlo.</translation>
    </message>
    <message>
        <source>Check reader read: %1</source>
        <translation>El lector de cheques leyó: %1</translation>
    </message>
    <message>
        <source>Check reader test field</source>
        <translation>Campo de prueba del lector de cheques</translation>
    </message>
    <message>
        <source>Read by a check reader.</source>
        <translation>Leído por un lector de cheques.</translation>
    </message>
    <message>
        <source>Typed by hand (too slow for a reader).</source>
        <translation>Escrito a mano (demasiado lento para un lector).</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Cash drawer: shut</source>
        <translation>Cajón de efectivo: cerrado</translation>
    </message>
    <message>
        <source>Wedge reader test: feed a check into this field.</source>
        <translation>Prueba del lector tipo teclado (wedge): pasar un cheque por este campo.</translation>
    </message>
</context>
<context>
    <name>DisplayChoices</name>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
</context>
<context>
    <name>DrawerClosedView</name>
    <message>
        <source>Drawer closed</source>
        <translation>Cajón cerrado</translation>
    </message>
    <message>
        <source>Drawer %1 is closed and sealed in the ledger. Print the Z report for the supervisor and the deposit slip for the bank bag.</source>
        <translation>El cajón %1 está cerrado y sellado en el libro mayor. Imprimir el informe Z para el supervisor y el comprobante de depósito para la bolsa del banco.</translation>
    </message>
    <message>
        <source>Print the Z report</source>
        <translation>Imprimir el informe Z</translation>
    </message>
    <message>
        <source>Print the deposit slip</source>
        <translation>Imprimir el comprobante de depósito</translation>
    </message>
    <message>
        <source>Done (Enter)</source>
        <translation>Listo (Enter)</translation>
    </message>
</context>
<context>
    <name>DrawerController</name>
    <message>
        <source>The count of %1 must be a whole number.</source>
        <translation>La cantidad de %1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>The drawer was not opened: %1</source>
        <translation>El cajón no se abrió: %1</translation>
    </message>
    <message>
        <source>The drop was not recorded: %1</source>
        <translation>El retiro a caja fuerte no se registró: %1</translation>
    </message>
    <message>
        <source>The count was not recorded: %1</source>
        <translation>El conteo no se registró: %1</translation>
    </message>
    <message>
        <source>The drawer was not closed: %1</source>
        <translation>El cajón no se cerró: %1</translation>
    </message>
    <message>
        <source>The paid-out was not recorded: %1</source>
        <translation>El pago de caja no se registró: %1</translation>
    </message>
    <message>
        <source>Opening float (counted)</source>
        <translation>Fondo de caja inicial (contado)</translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation>Efectivo recibido</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Cambio entregado</translation>
    </message>
    <message>
        <source>Paid-outs and cash refunds</source>
        <translation>Pagos de caja y reembolsos en efectivo</translation>
    </message>
    <message>
        <source>Drops to the safe</source>
        <translation>Retiros a caja fuerte</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Recolecciones</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Cheques (%1)</translation>
    </message>
    <message>
        <source>Money orders (%1)</source>
        <translation>Giros (%1)</translation>
    </message>
    <message>
        <source>Card terminal batch total: %1</source>
        <translation>Total del lote de la terminal de tarjetas: %1</translation>
    </message>
    <message>
        <source>Cards (%1)</source>
        <translation>Tarjetas (%1)</translation>
    </message>
</context>
<context>
    <name>DrawerPanel</name>
    <message>
        <source>Open the drawer: count the float</source>
        <translation>Abrir el cajón: contar el fondo de caja</translation>
    </message>
    <message>
        <source>Pay out cash from the drawer</source>
        <translation>Pago de caja: sacar efectivo del cajón</translation>
    </message>
    <message>
        <source>Drop cash to the safe</source>
        <translation>Retirar efectivo a la caja fuerte</translation>
    </message>
    <message>
        <source>Close the drawer: count everything in it</source>
        <translation>Cerrar el cajón: contar todo su contenido</translation>
    </message>
    <message>
        <source>The float should be %1. Count what is in the drawer.</source>
        <translation>El fondo de caja debe ser %1. Contar lo que hay en el cajón.</translation>
    </message>
    <message>
        <source>Cash leaving the drawer without a sale needs a reason; larger amounts need a supervisor.</source>
        <translation>El efectivo que sale del cajón sin una venta requiere un motivo; los montos mayores requieren un supervisor.</translation>
    </message>
    <message>
        <source>Count the notes you are taking to the safe.</source>
        <translation>Contar los billetes que se llevan a la caja fuerte.</translation>
    </message>
    <message>
        <source>The count is recorded. This is how it compares with what the drawer should hold.</source>
        <translation>El conteo quedó registrado. Así se compara con lo que debería haber en el cajón.</translation>
    </message>
    <message>
        <source>Count the cash and key every check and money order. You will see what is expected only after the count is recorded.</source>
        <translation>Contar el efectivo e ingresar cada cheque y giro. Lo esperado se muestra solo después de registrar el conteo.</translation>
    </message>
    <message>
        <source>Checks and money orders</source>
        <translation>Cheques y giros</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Money order</source>
        <translation>Giro</translation>
    </message>
    <message>
        <source>Kind of item</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Amount of the item</source>
        <translation>Monto del documento</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Check or money order number</source>
        <translation>Número de cheque o giro</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Remove this item</source>
        <translation>Quitar este documento</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>Amount paid out</source>
        <translation>Monto pagado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>What the cash is for</source>
        <translation>Para qué es el efectivo</translation>
    </message>
    <message>
        <source>Reason for the paid-out</source>
        <translation>Motivo del pago de caja</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <source>Over (+) / short (−)</source>
        <translation>Sobrante (+) / faltante (−)</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Cheques</translation>
    </message>
    <message>
        <source>Money orders</source>
        <translation>Giros</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>Motivo de la diferencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open drawer with %1</source>
        <translation>Abrir cajón con %1</translation>
    </message>
    <message>
        <source>Pay out</source>
        <translation>Pagar</translation>
    </message>
    <message>
        <source>Drop %1 to the safe</source>
        <translation>Retirar %1 a la caja fuerte</translation>
    </message>
    <message>
        <source>Record the count</source>
        <translation>Registrar el conteo</translation>
    </message>
    <message>
        <source>Supervisor sign-off</source>
        <translation>Visto bueno del supervisor</translation>
    </message>
    <message>
        <source>Close the drawer</source>
        <translation>Cerrar el cajón</translation>
    </message>
    <message>
        <source>Card terminal batch total</source>
        <translation>Total del lote de la terminal de tarjetas</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Tarjetas</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Give a reason, and a supervisor signs off.</source>
        <translation>Indicar un motivo; un supervisor debe dar el visto bueno.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Station locked</source>
        <translation>Estación bloqueada</translation>
    </message>
    <message>
        <source>%1, enter your PIN to resume.</source>
        <translation>%1: ingresar el PIN para continuar.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Switch operator (signs %1 out)</source>
        <translation>Cambiar de operador (cierra la sesión de %1)</translation>
    </message>
</context>
<context>
    <name>MailBatchPage</name>
    <message>
        <source>Control count</source>
        <translation>Conteo de control</translation>
    </message>
    <message>
        <source>Control total</source>
        <translation>Total de control</translation>
    </message>
    <message>
        <source>Note (lockbox, envelope tray)</source>
        <translation>Nota (lockbox, bandeja de sobres)</translation>
    </message>
    <message>
        <source>Open the batch</source>
        <translation>Abrir el lote</translation>
    </message>
    <message>
        <source>Count the envelopes and add up the checks on a tape first: those are the control figures the batch must balance to.</source>
        <translation>Primero contar los sobres y sumar los cheques en una cinta: esas son las cifras de control con las que debe cuadrar el lote.</translation>
    </message>
    <message>
        <source>Batch %1</source>
        <translation>Lote %1</translation>
    </message>
    <message>
        <source>Control %1 for %2</source>
        <translation>Control: %1 por %2</translation>
    </message>
    <message>
        <source>Keyed %1 for %2</source>
        <translation>Ingresado: %1 por %2</translation>
    </message>
    <message>
        <source>Account, or the stub&apos;s scan line</source>
        <translation>Cuenta o línea de escaneo del talón</translation>
    </message>
    <message>
        <source>Check amount</source>
        <translation>Monto del cheque</translation>
    </message>
    <message>
        <source>MICR line</source>
        <translation>Línea MICR</translation>
    </message>
    <message>
        <source>Check date</source>
        <translation>Fecha del cheque</translation>
    </message>
    <message>
        <source>Key it</source>
        <translation>Ingresar</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>N.º %1</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Why item %1 is removed</source>
        <translation>Motivo para quitar la partida %1</translation>
    </message>
    <message>
        <source>Choose a mis-keyed item to remove it</source>
        <translation>Elegir una partida mal ingresada para quitarla</translation>
    </message>
    <message>
        <source>Remove the item</source>
        <translation>Quitar la partida</translation>
    </message>
    <message>
        <source>Close and post the batch</source>
        <translation>Cerrar y contabilizar el lote</translation>
    </message>
    <message>
        <source>Print proof list</source>
        <translation>Imprimir lista de comprobación</translation>
    </message>
    <message>
        <source>Print deposit slip</source>
        <translation>Imprimir comprobante de depósito</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>Nuevo lote</translation>
    </message>
    <message numerus="yes">
        <source>Closed: deposit %1 · %n exception(s) for %2 to return by mail</source>
        <translation>
            <numerusform>Cerrado: depósito %1 · %n excepción por %2 para devolver por correo</numerusform>
            <numerusform>Cerrado: depósito %1 · %n excepciones por %2 para devolver por correo</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1, account %2, %3, %4, %5</source>
        <translation>Partida %1, cuenta %2, %3, %4, %5</translation>
    </message>
    <message>
        <source>Remove only an item keyed by mistake, then key it again: it stays on the proof list, outside the totals. A declined check is an exception: it stays in the batch, is not posted, and is mailed back.</source>
        <translation>Quite solo una partida ingresada por error y vuelva a ingresarla: queda en la lista de comprobación, fuera de los totales. Un cheque rechazado es una excepción: queda en el lote, no se contabiliza y se devuelve por correo.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Tillbook — station %1</source>
        <translation>Tillbook — estación %1</translation>
    </message>
</context>
<context>
    <name>Message</name>
    <message>
        <source>a supervisor must approve &quot;{action}&quot;; name them with --approver SUP and give their PIN on stdin</source>
        <translation>un supervisor debe aprobar &quot;{action}&quot;; indíquelo con --approver SUP y dé su PIN por la entrada estándar</translation>
    </message>
    <message>
        <source>Credit {amount} on bill {bill}: {reason}</source>
        <translation>Abonar {amount} a la factura {bill}: {reason}</translation>
    </message>
    <message>
        <source>Debit {amount} on bill {bill}: {reason}</source>
        <translation>Cargar {amount} a la factura {bill}: {reason}</translation>
    </message>
    <message>
        <source>Arrange {balance} on account {account} in {installments} {frequency} installments at {rate}</source>
        <translation>Acordar el pago de {balance} de la cuenta {account} en {installments} cuotas ({frequency}) al {rate}</translation>
    </message>
    <message>
        <source>(nothing to approve)</source>
        <translation>(nada que aprobar)</translation>
    </message>
    <message>
        <source>Clear the sign-in lockout of {name}</source>
        <translation>Quitar el bloqueo de acceso de {name}</translation>
    </message>
    <message>
        <source>operator &quot;{operator}&quot; is not an active operator of this station</source>
        <translation>el operador &quot;{operator}&quot; no es un operador activo de esta estación</translation>
    </message>
    <message>
        <source>this needs the {role} role; {name} is a {held}</source>
        <translation>esto requiere el rol {role}; {name} tiene el rol {held}</translation>
    </message>
    <message>
        <source>this needs a supervisor&apos;s approval</source>
        <translation>esto requiere la aprobación de un supervisor</translation>
    </message>
    <message>
        <source>there is no approval {approval}</source>
        <translation>no existe la aprobación {approval}</translation>
    </message>
    <message>
        <source>this approval was already used (seq {seq}); ask a supervisor to approve again</source>
        <translation>esta aprobación ya se usó (registro {seq}); pida a un supervisor que apruebe de nuevo</translation>
    </message>
    <message>
        <source>this approval has expired; ask a supervisor to approve again</source>
        <translation>esta aprobación ha vencido; pida a un supervisor que apruebe de nuevo</translation>
    </message>
    <message>
        <source>this approval is for &quot;{granted}&quot;, not for &quot;{asked}&quot;</source>
        <translation>esta aprobación es para &quot;{granted}&quot;, no para &quot;{asked}&quot;</translation>
    </message>
    <message>
        <source>nobody approves their own action</source>
        <translation>nadie aprueba su propia acción</translation>
    </message>
    <message>
        <source>Enter a PIN.</source>
        <translation>Ingrese un PIN.</translation>
    </message>
    <message>
        <source>A PIN has at most {digits} digits.</source>
        <translation>Un PIN tiene como máximo {digits} dígitos.</translation>
    </message>
    <message>
        <source>A PIN has digits only.</source>
        <translation>Un PIN tiene solo dígitos.</translation>
    </message>
    <message>
        <source>A PIN has at least {digits} digits.</source>
        <translation>Un PIN tiene al menos {digits} dígitos.</translation>
    </message>
    <message>
        <source>operator id &quot;{id}&quot; must be 1 to 32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>el identificador de operador &quot;{id}&quot; debe tener de 1 a 32 caracteres entre a-z, 0-9, &apos;.&apos;, &apos;_&apos; y &apos;-&apos;</translation>
    </message>
    <message>
        <source>an operator&apos;s name must be 1 to 80 characters</source>
        <translation>el nombre de un operador debe tener de 1 a 80 caracteres</translation>
    </message>
    <message>
        <source>operator &quot;{id}&quot; already exists</source>
        <translation>el operador &quot;{id}&quot; ya existe</translation>
    </message>
    <message>
        <source>there is no operator &quot;{id}&quot;</source>
        <translation>no existe el operador &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>{name} is already disabled</source>
        <translation>{name} ya está desactivado</translation>
    </message>
    <message>
        <source>nobody disables their own account; ask another admin</source>
        <translation>nadie desactiva su propia cuenta; pida a otro administrador</translation>
    </message>
    <message>
        <source>Unknown operator.</source>
        <translation>Operador desconocido.</translation>
    </message>
    <message>
        <source>{name} is locked out for {minutes} minutes after {failures} wrong PINs; a supervisor can clear it.</source>
        <translation>{name} queda bloqueado durante {minutes} minutos tras {failures} PIN incorrectos; un supervisor puede quitar el bloqueo.</translation>
    </message>
    <message>
        <source>This operator is disabled.</source>
        <translation>Este operador está desactivado.</translation>
    </message>
    <message>
        <source>{name} is locked out for {minutes} more minutes; a supervisor can clear it.</source>
        <translation>{name} sigue bloqueado durante {minutes} minutos más; un supervisor puede quitar el bloqueo.</translation>
    </message>
    <message>
        <source>The action&apos;s operator is not an active operator.</source>
        <translation>El operador de la acción no es un operador activo.</translation>
    </message>
    <message>
        <source>Choose an active supervisor to approve.</source>
        <translation>Elija un supervisor activo para aprobar.</translation>
    </message>
    <message>
        <source>Nobody approves their own action; a second supervisor must approve.</source>
        <translation>Nadie aprueba su propia acción; debe aprobar un segundo supervisor.</translation>
    </message>
    <message>
        <source>{name} is a cashier; only a supervisor can approve.</source>
        <translation>{name} es cajero; solo un supervisor puede aprobar.</translation>
    </message>
    <message>
        <source>there is no setting &quot;{key}&quot;</source>
        <translation>no existe el ajuste &quot;{key}&quot;</translation>
    </message>
    <message>
        <source>{key} must be between {min} and {max}</source>
        <translation>{key} debe estar entre {min} y {max}</translation>
    </message>
    <message>
        <source>{key} must be UTF-8 text</source>
        <translation>{key} debe ser texto UTF-8</translation>
    </message>
    <message>
        <source>{key} must be one line without control characters</source>
        <translation>{key} debe ser una sola línea sin caracteres de control</translation>
    </message>
    <message>
        <source>{key} takes at most {max} characters</source>
        <translation>{key} admite como máximo {max} caracteres</translation>
    </message>
    <message>
        <source>{key} must be one of {allowed}</source>
        <translation>{key} debe ser uno de {allowed}</translation>
    </message>
    <message>
        <source>a CUPS queue name is letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, not {value}</source>
        <translation>el nombre de una cola de CUPS lleva letras, dígitos, &apos;_&apos;, &apos;-&apos; y &apos;.&apos;, no {value}</translation>
    </message>
    <message>
        <source>station id &quot;{id}&quot; must be 1 to 32 characters of A-Z, 0-9 and &apos;-&apos;, not starting or ending with &apos;-&apos;</source>
        <translation>el identificador de estación &quot;{id}&quot; debe tener de 1 a 32 caracteres entre A-Z, 0-9 y &apos;-&apos;, sin empezar ni terminar con &apos;-&apos;</translation>
    </message>
    <message>
        <source>a station already exists in {dir}</source>
        <translation>ya existe una estación en {dir}</translation>
    </message>
    <message>
        <source>{path} already exists; move it away or choose another directory</source>
        <translation>{path} ya existe; muévalo o elija otro directorio</translation>
    </message>
    <message>
        <source>station {station} is not a demo station, so {what} cannot go into it; make a demo station with: tillctl demo --data NEW-DIRECTORY</source>
        <translation>la estación {station} no es de demostración, así que no puede recibir {what}; cree una estación de demostración con: tillctl demo --data NUEVO-DIRECTORIO</translation>
    </message>
    <message>
        <source>cannot read {path}; nothing was imported</source>
        <translation>no se puede leer {path}; no se importó nada</translation>
    </message>
    <message>
        <source>{file} was not imported: it is larger than {mib} MiB, more than an import file may be; nothing was changed</source>
        <translation>{file} no se importó: ocupa más de {mib} MiB, más de lo que puede ocupar un archivo de importación; no se cambió nada</translation>
    </message>
    <message>
        <source>{file} was not imported: line {line} is longer than {max} bytes; nothing was changed</source>
        <translation>{file} no se importó: la línea {line} tiene más de {max} bytes; no se cambió nada</translation>
    </message>
    <message>
        <source>{file} was not imported: {count} problems; nothing was changed</source>
        <translation>{file} no se importó: {count} problemas; no se cambió nada</translation>
    </message>
    <message>
        <source>{file} was not imported: 1 problem; nothing was changed</source>
        <translation>{file} no se importó: 1 problema; no se cambió nada</translation>
    </message>
    <message>
        <source>The amount to apply must be more than $0.00, not {amount}.</source>
        <translation>El importe a aplicar debe ser mayor que $0.00, no {amount}.</translation>
    </message>
    <message>
        <source>The {amount} left after paying every open bill needs an account to hold it as credit.</source>
        <translation>Los {amount} que sobran tras pagar todas las facturas abiertas necesitan una cuenta que los guarde como saldo a favor.</translation>
    </message>
    <message>
        <source>A credit must be more than $0.00, not {amount}.</source>
        <translation>Un saldo a favor debe ser mayor que $0.00, no {amount}.</translation>
    </message>
    <message>
        <source>A credit of {amount} needs an account to hold it.</source>
        <translation>Un saldo a favor de {amount} necesita una cuenta que lo guarde.</translation>
    </message>
    <message>
        <source>Bill {bill} is not one of the open bills.</source>
        <translation>La factura {bill} no es una de las facturas abiertas.</translation>
    </message>
    <message>
        <source>Bill {bill} is chosen more than once.</source>
        <translation>La factura {bill} está elegida más de una vez.</translation>
    </message>
    <message>
        <source>The amount for bill {bill} must be more than $0.00, not {amount}.</source>
        <translation>El importe para la factura {bill} debe ser mayor que $0.00, no {amount}.</translation>
    </message>
    <message>
        <source>The {amount} for bill {bill} is more than its open balance of {open}.</source>
        <translation>Los {amount} para la factura {bill} superan su saldo pendiente de {open}.</translation>
    </message>
    <message>
        <source>Bill {bill} belongs to account {account}, but no account was given for it.</source>
        <translation>La factura {bill} pertenece a la cuenta {account}, pero no se indicó ninguna cuenta.</translation>
    </message>
    <message>
        <source>Bill {bill} belongs to account {account}, not account {given}.</source>
        <translation>La factura {bill} pertenece a la cuenta {account}, no a la cuenta {given}.</translation>
    </message>
    <message>
        <source>The amount due must be more than $0.00, not {amount}.</source>
        <translation>El importe a pagar debe ser mayor que $0.00, no {amount}.</translation>
    </message>
    <message>
        <source>At least one tender is needed to pay the {due} due.</source>
        <translation>Se necesita al menos una forma de pago para pagar los {due} adeudados.</translation>
    </message>
    <message>
        <source>Tender {tender} ({kind}, {amount}) must be more than $0.00.</source>
        <translation>La forma de pago {tender} ({kind}, {amount}) debe ser mayor que $0.00.</translation>
    </message>
    <message>
        <source>The tenders are {short} short of the {due} due.</source>
        <translation>A las formas de pago les faltan {short} para cubrir los {due} adeudados.</translation>
    </message>
    <message>
        <source>Payment not recorded: {reason}</source>
        <translation>Pago no registrado: {reason}</translation>
    </message>
    <message>
        <source>a payment needs a request id of 1 to 64 characters.</source>
        <translation>un pago necesita un identificador de solicitud de 1 a 64 caracteres.</translation>
    </message>
    <message>
        <source>there is no account {account}.</source>
        <translation>no existe la cuenta {account}.</translation>
    </message>
    <message>
        <source>account {account} is closed.</source>
        <translation>la cuenta {account} está cerrada.</translation>
    </message>
    <message>
        <source>an amount must be more than zero.</source>
        <translation>un importe debe ser mayor que cero.</translation>
    </message>
    <message>
        <source>account {account} is named twice in the payment.</source>
        <translation>la cuenta {account} aparece dos veces en el pago.</translation>
    </message>
    <message>
        <source>a fee&apos;s quantity must be 1 to 99.</source>
        <translation>la cantidad de un cargo debe ser de 1 a 99.</translation>
    </message>
    <message>
        <source>there is no fee {fee} in the catalog.</source>
        <translation>no existe el cargo {fee} en el catálogo.</translation>
    </message>
    <message>
        <source>choose a bill, an account amount or a fee first.</source>
        <translation>elija primero una factura, un importe de cuenta o un cargo.</translation>
    </message>
    <message>
        <source>this account takes cash only.</source>
        <translation>esta cuenta solo acepta efectivo.</translation>
    </message>
    <message>
        <source>a tender reference has at most 40 characters.</source>
        <translation>la referencia de una forma de pago tiene como máximo 40 caracteres.</translation>
    </message>
    <message>
        <source>the same check or money order is listed twice.</source>
        <translation>el mismo cheque o giro postal aparece dos veces.</translation>
    </message>
    <message>
        <source>a check or money order must be verified before it is taken.</source>
        <translation>un cheque o giro postal debe verificarse antes de aceptarlo.</translation>
    </message>
    <message>
        <source>{item} was verified as a {instrument}, not taken as one.</source>
        <translation>{item} se verificó como {instrument}, pero no se recibe como tal.</translation>
    </message>
    <message>
        <source>{item} was verified for account {account}, which this payment does not pay.</source>
        <translation>{item} se verificó para la cuenta {account}, que este pago no paga.</translation>
    </message>
    <message>
        <source>check {item} was verified for {verified}, not {amount}.</source>
        <translation>el cheque {item} se verificó por {verified}, no por {amount}.</translation>
    </message>
    <message>
        <source>check {item} was not accepted.</source>
        <translation>el cheque {item} no fue aceptado.</translation>
    </message>
    <message>
        <source>check {item} was already taken in another payment.</source>
        <translation>el cheque {item} ya se recibió en otro pago.</translation>
    </message>
    <message>
        <source>a mail batch takes checks and money orders, not cash.</source>
        <translation>un lote de correo acepta cheques y giros postales, no efectivo.</translation>
    </message>
    <message>
        <source>the drawer should hold {expected}; drop cash to the safe before the next cash payment.</source>
        <translation>el cajón debería tener {expected}; haga un retiro a la caja fuerte antes del próximo pago en efectivo.</translation>
    </message>
    <message>
        <source>there is no receipt {receipt}</source>
        <translation>no existe el recibo {receipt}</translation>
    </message>
    <message>
        <source>receipt {receipt} is already voided</source>
        <translation>el recibo {receipt} ya está anulado</translation>
    </message>
    <message>
        <source>receipt {receipt} has refunds; refund the rest instead of voiding</source>
        <translation>el recibo {receipt} tiene reembolsos; reembolse el resto en lugar de anularlo</translation>
    </message>
    <message>
        <source>receipt {receipt} was posted from mail batch {batch}, not taken in a drawer; refund it instead</source>
        <translation>el recibo {receipt} se registró desde el lote de correo {batch}, no en un cajón; reembólselo en su lugar</translation>
    </message>
    <message>
        <source>receipt {receipt} was not taken in a drawer; refund it instead</source>
        <translation>el recibo {receipt} no se cobró en un cajón; reembólselo en su lugar</translation>
    </message>
    <message>
        <source>receipt {receipt} was taken in drawer {drawer}, which is closed; refund it instead</source>
        <translation>el recibo {receipt} se cobró en el cajón {drawer}, que está cerrado; reembólselo en su lugar</translation>
    </message>
    <message>
        <source>a refund is paid in cash or by a refund-check request</source>
        <translation>un reembolso se paga en efectivo o mediante una solicitud de cheque de reembolso</translation>
    </message>
    <message>
        <source>receipt {receipt} was voided; there is nothing to refund</source>
        <translation>el recibo {receipt} fue anulado; no hay nada que reembolsar</translation>
    </message>
    <message>
        <source>a refund of receipt {receipt} must be more than $0.00 and at most {refundable}</source>
        <translation>un reembolso del recibo {receipt} debe ser mayor que $0.00 y como máximo {refundable}</translation>
    </message>
    <message>
        <source>the drawer should hold only {expected}; refund by a refund-check request instead</source>
        <translation>el cajón debería tener solo {expected}; reembolse mediante una solicitud de cheque de reembolso</translation>
    </message>
    <message>
        <source>Void receipt {receipt} ({amount})</source>
        <translation>Anular el recibo {receipt} ({amount})</translation>
    </message>
    <message>
        <source>Refund {amount} of receipt {receipt} in cash from the drawer</source>
        <translation>Reembolsar {amount} del recibo {receipt} en efectivo del cajón</translation>
    </message>
    <message>
        <source>Refund {amount} of receipt {receipt} by a refund check from the finance office</source>
        <translation>Reembolsar {amount} del recibo {receipt} con un cheque de reembolso de la oficina de finanzas</translation>
    </message>
    <message>
        <source>The {amount} overpaid by check or money order cannot be given as change and needs an account to hold it as credit.</source>
        <translation>Los {amount} pagados de más con cheque o giro postal no pueden darse como cambio y necesitan una cuenta que los guarde como saldo a favor.</translation>
    </message>
    <message>
        <source>The count of {pile} cannot be negative.</source>
        <translation>El conteo de {pile} no puede ser negativo.</translation>
    </message>
    <message>
        <source>The count of {pile} cannot be more than 1,000,000.</source>
        <translation>El conteo de {pile} no puede superar 1,000,000.</translation>
    </message>
    <message>
        <source>The rolled coin amount cannot be negative, not {amount}.</source>
        <translation>El importe en monedas enrolladas no puede ser negativo, no {amount}.</translation>
    </message>
    <message>
        <source>The cash amount cannot be negative, not {amount}.</source>
        <translation>El importe en efectivo no puede ser negativo, no {amount}.</translation>
    </message>
    <message>
        <source>The counted total is too large to record.</source>
        <translation>El total contado es demasiado grande para registrarlo.</translation>
    </message>
    <message>
        <source>no drawer is open at this station; open one with a counted float</source>
        <translation>no hay ningún cajón abierto en esta estación; abra uno con un fondo de caja contado</translation>
    </message>
    <message>
        <source>the open drawer is {name}&apos;s; each cashier works from their own drawer</source>
        <translation>el cajón abierto es de {name}; cada cajero trabaja con su propio cajón</translation>
    </message>
    <message>
        <source>a void goes through the voiding cashier&apos;s own drawer: {reason}</source>
        <translation>una anulación pasa por el cajón del cajero que anula: {reason}</translation>
    </message>
    <message>
        <source>a cash refund needs your open drawer: {reason}</source>
        <translation>un reembolso en efectivo necesita su cajón abierto: {reason}</translation>
    </message>
    <message>
        <source>drawer {drawer} is already open at this station; close it first</source>
        <translation>el cajón {drawer} ya está abierto en esta estación; ciérrelo primero</translation>
    </message>
    <message>
        <source>count the cash you are dropping; the drop is $0.00</source>
        <translation>cuente el efectivo que retira; el retiro es de $0.00</translation>
    </message>
    <message>
        <source>the drop of {amount} is more than the {expected} that should be in the drawer</source>
        <translation>el retiro de {amount} supera los {expected} que debería haber en el cajón</translation>
    </message>
    <message>
        <source>no drawer is open at this station</source>
        <translation>no hay ningún cajón abierto en esta estación</translation>
    </message>
    <message>
        <source>a pickup must be more than $0.00 and at most the {expected} that should be in the drawer</source>
        <translation>una recogida debe ser mayor que $0.00 y como máximo los {expected} que debería haber en el cajón</translation>
    </message>
    <message>
        <source>a paid-out needs a reason of at most 200 characters</source>
        <translation>una salida de efectivo necesita un motivo de como máximo 200 caracteres</translation>
    </message>
    <message>
        <source>a paid-out must be more than $0.00 and at most the {expected} that should be in the drawer</source>
        <translation>una salida de efectivo debe ser mayor que $0.00 y como máximo los {expected} que debería haber en el cajón</translation>
    </message>
    <message>
        <source>opening the drawer without a sale needs a reason</source>
        <translation>abrir el cajón sin una venta requiere un motivo</translation>
    </message>
    <message>
        <source>opening the drawer to test it needs a reason</source>
        <translation>abrir el cajón para probarlo requiere un motivo</translation>
    </message>
    <message>
        <source>list checks and money orders with amounts more than $0.00</source>
        <translation>anote cheques y giros postales con importes mayores que $0.00</translation>
    </message>
    <message>
        <source>count the drawer before closing it</source>
        <translation>cuente el cajón antes de cerrarlo</translation>
    </message>
    <message>
        <source>the drawer changed after it was counted; count it again</source>
        <translation>el cajón cambió después del conteo; cuéntelo de nuevo</translation>
    </message>
    <message>
        <source>the drawer is {amount} over/short, beyond the tolerance; give a reason</source>
        <translation>el cajón tiene una diferencia de {amount}, fuera de la tolerancia; indique un motivo</translation>
    </message>
    <message>
        <source>there is no drawer {drawer}</source>
        <translation>no existe el cajón {drawer}</translation>
    </message>
    <message>
        <source>Open a drawer with {counted} counted, where the float should be {expected}</source>
        <translation>Abrir un cajón con {counted} contados, cuando el fondo de caja debería ser {expected}</translation>
    </message>
    <message>
        <source>Pay out {amount} from the drawer: {reason}</source>
        <translation>Pagar {amount} del cajón: {reason}</translation>
    </message>
    <message>
        <source>Close drawer {drawer}: cash {cash}, checks {checks}, money orders {orders} over (+) or short (-), {total} in all</source>
        <translation>Cerrar el cajón {drawer}: efectivo {cash}, cheques {checks}, giros postales {orders} de sobrante (+) o faltante (-), {total} en total</translation>
    </message>
    <message>
        <source>Show the X report of drawer {drawer} (expected cash so far) at the counter</source>
        <translation>Mostrar en el mostrador el informe X del cajón {drawer} (efectivo esperado hasta ahora)</translation>
    </message>
    <message>
        <source>{source} was not imported: {count} problems; the directory in use is unchanged</source>
        <translation>{source} no se importó: {count} problemas; el directorio en uso no cambió</translation>
    </message>
    <message>
        <source>{source} was not imported: 1 problem; the directory in use is unchanged</source>
        <translation>{source} no se importó: 1 problema; el directorio en uso no cambió</translation>
    </message>
    <message>
        <source>{source} was not imported: it would drop {dropped} of the {in_use} routing numbers in use, more than half; if the directory really shrank, import it with --replace-smaller; the directory in use is unchanged</source>
        <translation>{source} no se importó: eliminaría {dropped} de los {in_use} números de ruta en uso, más de la mitad; si el directorio realmente se redujo, impórtelo con --replace-smaller; el directorio en uso no cambió</translation>
    </message>
    <message>
        <source>the check was not verified: {reason}</source>
        <translation>el cheque no se verificó: {reason}</translation>
    </message>
    <message>
        <source>{detail}</source>
        <translation>{detail}</translation>
    </message>
    <message>
        <source>the MICR line was read or keyed, not &quot;{source}&quot;</source>
        <translation>la línea MICR se leyó o se tecleó, no &quot;{source}&quot;</translation>
    </message>
    <message>
        <source>there is no check verification {verification}</source>
        <translation>no existe la verificación de cheque {verification}</translation>
    </message>
    <message>
        <source>Accept check {serial} on routing {routing} for {amount} despite the reasons shown</source>
        <translation>Aceptar el cheque {serial} del número de ruta {routing} por {amount} pese a los motivos indicados</translation>
    </message>
    <message>
        <source>this check was accepted; there is nothing to override</source>
        <translation>este cheque fue aceptado; no hay nada que autorizar</translation>
    </message>
    <message>
        <source>this check was declined for a reason no supervisor may override</source>
        <translation>este cheque fue rechazado por un motivo que ningún supervisor puede autorizar</translation>
    </message>
    <message>
        <source>return reason {reason} is not one of R01, R02, R03, R04, R08, R10, R16</source>
        <translation>el motivo de devolución {reason} no es uno de R01, R02, R03, R04, R08, R10, R16</translation>
    </message>
    <message>
        <source>receipt {receipt} was voided; its check was never deposited</source>
        <translation>el recibo {receipt} fue anulado; su cheque nunca se depositó</translation>
    </message>
    <message>
        <source>receipt {receipt} has no check from routing {routing} and account {account}</source>
        <translation>el recibo {receipt} no tiene ningún cheque del número de ruta {routing} y la cuenta {account}</translation>
    </message>
    <message>
        <source>the check on receipt {receipt} is already recorded as returned</source>
        <translation>el cheque del recibo {receipt} ya está registrado como devuelto</translation>
    </message>
    <message>
        <source>The routing number {routing} fails its check digit: it was misread or mistyped.</source>
        <translation>El número de ruta {routing} no cumple su dígito de control: se leyó o se tecleó mal.</translation>
    </message>
    <message>
        <source>The routing number {routing} does not start with a valid Federal Reserve prefix.</source>
        <translation>El número de ruta {routing} no empieza con un prefijo válido de la Reserva Federal.</translation>
    </message>
    <message>
        <source>The routing number {routing} is for electronic payments only; a paper item needs review.</source>
        <translation>El número de ruta {routing} es solo para pagos electrónicos; un documento en papel requiere revisión.</translation>
    </message>
    <message>
        <source>This is a traveler&apos;s check; verify it with the issuer before accepting.</source>
        <translation>Es un cheque de viajero; verifíquelo con el emisor antes de aceptarlo.</translation>
    </message>
    <message>
        <source>No routing directory is loaded, so {routing} could not be looked up.</source>
        <translation>No hay ningún directorio de números de ruta cargado, así que no se pudo consultar {routing}.</translation>
    </message>
    <message>
        <source>The routing number {routing} is not in the FedACH directory.</source>
        <translation>El número de ruta {routing} no está en el directorio FedACH.</translation>
    </message>
    <message>
        <source>The bank has replaced routing number {routing} with {replacement}.</source>
        <translation>El banco reemplazó el número de ruta {routing} por {replacement}.</translation>
    </message>
    <message>
        <source>The date on the item is not a date.</source>
        <translation>La fecha del documento no es una fecha.</translation>
    </message>
    <message>
        <source>The item is dated {date}, in the future.</source>
        <translation>El documento tiene fecha {date}, en el futuro.</translation>
    </message>
    <message>
        <source>The item is dated {date}, more than six months ago.</source>
        <translation>El documento tiene fecha {date}, hace más de seis meses.</translation>
    </message>
    <message>
        <source>The item&apos;s amount must be more than $0.00.</source>
        <translation>El importe del documento debe ser mayor que $0.00.</translation>
    </message>
    <message>
        <source>The item&apos;s {amount} is over the {limit} limit for a {instrument} item.</source>
        <translation>Los {amount} del documento superan el límite de {limit} para un documento de tipo {instrument}.</translation>
    </message>
    <message>
        <source>The item is for {amount}, more than the {due} due, and checks give no cash back.</source>
        <translation>El documento es por {amount}, más que los {due} adeudados, y los cheques no dan cambio en efectivo.</translation>
    </message>
    <message>
        <source>Check number {serial} looks like a starter check from a new account.</source>
        <translation>El cheque número {serial} parece un cheque inicial de una cuenta nueva.</translation>
    </message>
    <message>
        <source>A third-party check (made out to someone else) is not accepted without approval.</source>
        <translation>Un cheque de terceros (a nombre de otra persona) no se acepta sin aprobación.</translation>
    </message>
    <message>
        <source>A two-party check needs a supervisor&apos;s approval.</source>
        <translation>Un cheque a nombre de dos personas requiere la aprobación de un supervisor.</translation>
    </message>
    <message>
        <source>This check (same bank, account and number) was taken before.</source>
        <translation>Este cheque (mismo banco, cuenta y número) ya se recibió antes.</translation>
    </message>
    <message>
        <source>A check from this bank account was returned before; the account is on the negative file.</source>
        <translation>Un cheque de esta cuenta bancaria fue devuelto antes; la cuenta está en el archivo negativo.</translation>
    </message>
    <message>
        <source>The customer has {returned} returned checks in the last 12 months and pays in cash only.</source>
        <translation>El cliente tiene {returned} cheques devueltos en los últimos 12 meses y paga solo en efectivo.</translation>
    </message>
    <message>
        <source>check {item} was declined: {reasons}</source>
        <translation>el cheque {item} fue rechazado: {reasons}</translation>
    </message>
    <message>
        <source>money order {item} was declined: {reasons}</source>
        <translation>el giro postal {item} fue rechazado: {reasons}</translation>
    </message>
    <message>
        <source>check {item} needs a supervisor&apos;s override: {reasons}</source>
        <translation>el cheque {item} requiere la autorización de un supervisor: {reasons}</translation>
    </message>
    <message>
        <source>money order {item} needs a supervisor&apos;s override: {reasons}</source>
        <translation>el giro postal {item} requiere la autorización de un supervisor: {reasons}</translation>
    </message>
    <message>
        <source>drawer {drawer} is still open; a Z report is for a closed drawer (print an X report)</source>
        <translation>el cajón {drawer} sigue abierto; un informe Z es para un cajón cerrado (imprima un informe X)</translation>
    </message>
    <message>
        <source>drawer {drawer} is not closed; its deposit is known once it is counted and closed</source>
        <translation>el cajón {drawer} no está cerrado; su depósito se conoce cuando se cuenta y se cierra</translation>
    </message>
    <message>
        <source>ledger record {seq} is not a refund</source>
        <translation>el registro {seq} del libro no es un reembolso</translation>
    </message>
    <message>
        <source>the refund at ledger record {seq} was paid in cash, not by check</source>
        <translation>el reembolso del registro {seq} se pagó en efectivo, no con cheque</translation>
    </message>
    <message>
        <source>a refund-check request is named by its ledger record number, not &quot;{id}&quot;</source>
        <translation>una solicitud de cheque de reembolso se identifica por su número de registro, no por &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>an activity report is named FROM..TO, not &quot;{id}&quot;</source>
        <translation>un informe de actividad se identifica como DESDE..HASTA, no &quot;{id}&quot;</translation>
    </message>
    <message>
        <source>the range is two dates written YYYY-MM-DD</source>
        <translation>el rango son dos fechas escritas AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the range ends ({to}) before it starts ({from})</source>
        <translation>el rango termina ({to}) antes de empezar ({from})</translation>
    </message>
    <message>
        <source>an activity report covers at most 366 days</source>
        <translation>un informe de actividad abarca como máximo 366 días</translation>
    </message>
    <message>
        <source>{title} saved as {file}; no printer queue is set.</source>
        <translation>{title} guardado como {file}; no hay ninguna cola de impresión configurada.</translation>
    </message>
    <message>
        <source>{title} sent to printer {queue}.</source>
        <translation>{title} enviado a la impresora {queue}.</translation>
    </message>
    <message>
        <source>{title} was saved but not printed: {reason}</source>
        <translation>{title} se guardó pero no se imprimió: {reason}</translation>
    </message>
    <message>
        <source>simulate needs the demo operators (run tillctl demo first); &quot;{id}&quot; is not one</source>
        <translation>simulate necesita los operadores de demostración (ejecute antes tillctl demo); &quot;{id}&quot; no es uno de ellos</translation>
    </message>
    <message>
        <source>simulate needs at least one cashier and one supervisor</source>
        <translation>simulate necesita al menos un cajero y un supervisor</translation>
    </message>
    <message>
        <source>simulate needs imported accounts (run tillctl demo first)</source>
        <translation>simulate necesita cuentas importadas (ejecute antes tillctl demo)</translation>
    </message>
    <message>
        <source>{field} must be a date written YYYY-MM-DD, not {text}</source>
        <translation>{field} debe ser una fecha escrita AAAA-MM-DD, no {text}</translation>
    </message>
    <message>
        <source>account {account} already has an active arrangement</source>
        <translation>la cuenta {account} ya tiene un plan de pagos activo</translation>
    </message>
    <message>
        <source>there is no arrangement {arrangement}</source>
        <translation>no existe el plan de pagos {arrangement}</translation>
    </message>
    <message>
        <source>the first due date</source>
        <translation>la fecha del primer vencimiento</translation>
    </message>
    <message>
        <source>today</source>
        <translation>la fecha de hoy</translation>
    </message>
    <message>
        <source>{field} must be one line of text</source>
        <translation>{field} debe ser una sola línea de texto</translation>
    </message>
    <message>
        <source>{field} cannot be empty</source>
        <translation>{field} no puede quedar en blanco</translation>
    </message>
    <message>
        <source>{field} takes at most {max} characters</source>
        <translation>{field} admite como máximo {max} caracteres</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>el motivo</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the answer</source>
        <translation>la respuesta</translation>
    </message>
    <message>
        <source>an operator&apos;s name</source>
        <translation>el nombre de un operador</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>el nombre</translation>
    </message>
    <message>
        <source>the mailing address</source>
        <translation>la dirección postal</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>el número de teléfono</translation>
    </message>
    <message>
        <source>the email address</source>
        <translation>la dirección de correo electrónico</translation>
    </message>
    <message>
        <source>the language</source>
        <translation>el idioma</translation>
    </message>
    <message>
        <source>the service address</source>
        <translation>la dirección del servicio</translation>
    </message>
    <message>
        <source>the meter reading</source>
        <translation>la lectura del medidor</translation>
    </message>
    <message>
        <source>the batch note</source>
        <translation>la nota del lote</translation>
    </message>
    <message>
        <source>there is no account {account}</source>
        <translation>no existe la cuenta {account}</translation>
    </message>
    <message>
        <source>account {account} is closed</source>
        <translation>la cuenta {account} está cerrada</translation>
    </message>
    <message>
        <source>nothing would change on account {account}</source>
        <translation>no cambiaría nada en la cuenta {account}</translation>
    </message>
    <message>
        <source>receipts print in English (en) or Spanish (es), not {language}</source>
        <translation>los recibos se imprimen en inglés (en) o en español (es), no en {language}</translation>
    </message>
    <message>
        <source>the email address {email} is not one</source>
        <translation>{email} no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a phone number is digits, spaces and - ( ) + . only</source>
        <translation>un número de teléfono lleva solo dígitos, espacios y - ( ) + .</translation>
    </message>
    <message>
        <source>a phone number has 7 to 15 digits</source>
        <translation>un número de teléfono tiene de 7 a 15 dígitos</translation>
    </message>
    <message>
        <source>there is no bill {bill}</source>
        <translation>no existe la factura {bill}</translation>
    </message>
    <message>
        <source>an adjustment of $0.00 changes nothing</source>
        <translation>un ajuste de $0.00 no cambia nada</translation>
    </message>
    <message>
        <source>an adjustment is at most {limit} at the counter</source>
        <translation>en el mostrador un ajuste es de {limit} como máximo</translation>
    </message>
    <message>
        <source>a credit of {credit} would take bill {bill} below zero: it has {open} open</source>
        <translation>un crédito de {credit} dejaría la factura {bill} por debajo de cero: tiene {open} pendiente</translation>
    </message>
    <message>
        <source>there is no service order {order}</source>
        <translation>no existe la orden de servicio {order}</translation>
    </message>
    <message>
        <source>account {account} is closed; an order needs an open account</source>
        <translation>la cuenta {account} está cerrada; una orden requiere una cuenta abierta</translation>
    </message>
    <message>
        <source>an order is start, stop, transfer or installation, not {type}</source>
        <translation>una orden es de tipo start, stop, transfer o installation, no {type}</translation>
    </message>
    <message>
        <source>the requested date must be written YYYY-MM-DD</source>
        <translation>la fecha solicitada debe escribirse AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the requested date {date} is in the past</source>
        <translation>la fecha solicitada {date} ya pasó</translation>
    </message>
    <message>
        <source>a deposit is between $0.00 and {limit}</source>
        <translation>un depósito va de $0.00 a {limit}</translation>
    </message>
    <message>
        <source>an order needs a reason</source>
        <translation>una orden requiere un motivo</translation>
    </message>
    <message>
        <source>order {order} is done; it cannot change</source>
        <translation>la orden {order} está completada; ya no puede cambiar</translation>
    </message>
    <message>
        <source>order {order} is cancelled; it cannot change</source>
        <translation>la orden {order} está cancelada; ya no puede cambiar</translation>
    </message>
    <message>
        <source>an order moves to scheduled, done or cancelled, not {status}</source>
        <translation>una orden pasa a scheduled, done o cancelled, no a {status}</translation>
    </message>
    <message>
        <source>a scheduled order needs its date, written YYYY-MM-DD</source>
        <translation>una orden programada requiere su fecha, escrita AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a done {type} order needs the closing meter reading (digits)</source>
        <translation>una orden de tipo {type} completada requiere la lectura final del medidor (en dígitos)</translation>
    </message>
    <message>
        <source>there is no mail batch {batch}</source>
        <translation>no existe el lote de correo {batch}</translation>
    </message>
    <message>
        <source>a batch&apos;s control count is 1 to {max} remittances</source>
        <translation>el conteo de control de un lote es de 1 a {max} pagos recibidos</translation>
    </message>
    <message>
        <source>a batch&apos;s control total is more than $0.00 and at most {limit}</source>
        <translation>el total de control de un lote es mayor que $0.00 y de {limit} como máximo</translation>
    </message>
    <message>
        <source>batch {batch} is closed; its items are posted</source>
        <translation>el lote {batch} está cerrado; sus partidas ya están contabilizadas</translation>
    </message>
    <message>
        <source>batch {batch} is keyed by {operator}</source>
        <translation>el lote {batch} lo ingresa {operator}</translation>
    </message>
    <message>
        <source>batch {batch} has no item {item} to remove</source>
        <translation>el lote {batch} no tiene una partida {item} para quitar</translation>
    </message>
    <message>
        <source>batch {batch} is already closed</source>
        <translation>el lote {batch} ya está cerrado</translation>
    </message>
    <message>
        <source>only {operator}, who keyed batch {batch}, closes it</source>
        <translation>solo {operator}, quien ingresó el lote {batch}, puede cerrarlo</translation>
    </message>
    <message>
        <source>Batch not closed: it is out of balance. Keyed {keyed_count} remittances for {keyed_total}; the control figures are {control_count} for {control_total}.</source>
        <translation>Lote no cerrado: no cuadra. Se ingresaron {keyed_count} pagos recibidos por {keyed_total}; las cifras de control son {control_count} por {control_total}.</translation>
    </message>
    <message>
        <source>Batch not closed: item {item} (account {account}) {reason}</source>
        <translation>Lote no cerrado: partida {item} (cuenta {account}) {reason}</translation>
    </message>
    <message>
        <source>batch {batch} is open; its deposit is known once it balances and is closed</source>
        <translation>el lote {batch} está abierto; su depósito se conoce cuando cuadra y se cierra</translation>
    </message>
    <message>
        <source>Remittance not recorded: {reason}</source>
        <translation>Pago recibido no registrado: {reason}</translation>
    </message>
    <message>
        <source>there is no mail batch {batch}.</source>
        <translation>no existe el lote de correo {batch}.</translation>
    </message>
    <message>
        <source>batch {batch} is closed; nothing more is keyed into it.</source>
        <translation>el lote {batch} está cerrado; ya no se ingresa nada en él.</translation>
    </message>
    <message>
        <source>batch {batch} is keyed by {operator}; open a batch of your own.</source>
        <translation>el lote {batch} lo ingresa {operator}; abrir un lote propio.</translation>
    </message>
    <message>
        <source>a batch holds at most {max} remittances.</source>
        <translation>un lote admite como máximo {max} pagos recibidos.</translation>
    </message>
    <message>
        <source>the account typed, {typed}, is not the stub&apos;s account {stub}.</source>
        <translation>la cuenta ingresada, {typed}, no es la cuenta del talón, {stub}.</translation>
    </message>
    <message>
        <source>key the account number or the scan line from the bill stub.</source>
        <translation>ingresar el número de cuenta o la línea de escaneo del talón de la factura.</translation>
    </message>
    <message>
        <source>this check is already item {item} of the batch.</source>
        <translation>este cheque ya es la partida {item} del lote.</translation>
    </message>
    <message>
        <source>drawer {id}</source>
        <translation>el cajón {id}</translation>
    </message>
    <message>
        <source>mail batch {id}</source>
        <translation>el lote de correo {id}</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>cuadrado</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobado</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>a review is of a drawer or a batch, not {subject}</source>
        <translation>se revisa un cajón o un lote, no {subject}</translation>
    </message>
    <message>
        <source>{work} is still open; it is reviewed once it is closed</source>
        <translation>{work} sigue abierto; se revisa cuando esté cerrado</translation>
    </message>
    <message>
        <source>{work} is already approved</source>
        <translation>{work} ya está aprobado</translation>
    </message>
    <message>
        <source>{work} was rejected and waits for {operator}&apos;s answer</source>
        <translation>{work} fue rechazado y espera la respuesta de {operator}</translation>
    </message>
    <message>
        <source>another supervisor approves {work}; nobody approves their own work</source>
        <translation>otro supervisor debe aprobar {work}; nadie aprueba su propio trabajo</translation>
    </message>
    <message>
        <source>{work} is {state}; only work waiting for review is rejected</source>
        <translation>{work} está {state}; solo se rechaza el trabajo que espera revisión</translation>
    </message>
    <message>
        <source>another supervisor reviews {work}; nobody reviews their own work</source>
        <translation>otro supervisor debe revisar {work}; nadie revisa su propio trabajo</translation>
    </message>
    <message>
        <source>{work} was not rejected; there is nothing to answer</source>
        <translation>{work} no fue rechazado; no hay nada que responder</translation>
    </message>
    <message>
        <source>{work} came back to {operator}, who answers it</source>
        <translation>{work} volvió a {operator}, quien debe responderlo</translation>
    </message>
    <message>
        <source>a day is written YYYY-MM-DD, not {day}</source>
        <translation>un día se escribe AAAA-MM-DD, no {day}</translation>
    </message>
    <message>
        <source>{day} was approved already (ledger record {seq}) and nothing was opened on it since</source>
        <translation>el día {day} ya fue aprobado (registro {seq} del libro mayor) y desde entonces no se abrió nada en él</translation>
    </message>
    <message>
        <source>no drawer or mail batch was opened on {day}; there is nothing to approve</source>
        <translation>no se abrió ningún cajón ni lote de correo el {day}; no hay nada que aprobar</translation>
    </message>
    <message>
        <source>the day is approved once all of its work is: {work} is {state}</source>
        <translation>el día se aprueba cuando todo su trabajo está aprobado: {work} está {state}</translation>
    </message>
    <message>
        <source>There is no balance to arrange.</source>
        <translation>No hay saldo que acordar.</translation>
    </message>
    <message>
        <source>A balance of {amount} is more than an arrangement at the counter can take ({max}).</source>
        <translation>Un saldo de {amount} supera lo que admite un plan de pagos en el mostrador ({max}).</translation>
    </message>
    <message>
        <source>The down payment cannot be negative.</source>
        <translation>El pago inicial no puede ser negativo.</translation>
    </message>
    <message>
        <source>A down payment of {down} covers the balance of {balance}; take it as a payment instead.</source>
        <translation>Un pago inicial de {down} cubre el saldo de {balance}; recíbalo como un pago.</translation>
    </message>
    <message>
        <source>An arrangement needs at least one installment.</source>
        <translation>Un plan de pagos necesita al menos una cuota.</translation>
    </message>
    <message>
        <source>An arrangement has at most {max} installments, not {installments}.</source>
        <translation>Un plan de pagos tiene como máximo {max} cuotas, no {installments}.</translation>
    </message>
    <message>
        <source>The interest rate cannot be negative.</source>
        <translation>La tasa de interés no puede ser negativa.</translation>
    </message>
    <message>
        <source>An annual rate of {rate} is above the {max} the station allows.</source>
        <translation>Una tasa anual de {rate} supera el {max} que permite la estación.</translation>
    </message>
    <message>
        <source>The first installment cannot be due in the past ({due} is before {today}).</source>
        <translation>La primera cuota no puede vencer en el pasado ({due} es anterior a {today}).</translation>
    </message>
    <message>
        <source>The first installment is due more than a year from today ({due}).</source>
        <translation>La primera cuota vence dentro de más de un año ({due}).</translation>
    </message>
    <message>
        <source>{what}: {reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>the count recorded at seq {seq} is {over_short}, beyond the tolerance; count again with --reason and --approver SUP (their PIN on stdin)</source>
        <translation>el conteo registrado en el registro {seq} tiene {over_short}, fuera de la tolerancia; cuente de nuevo con --reason y --approver SUP (su PIN por la entrada estándar)</translation>
    </message>
    <message>
        <source>drawer {drawer} is still open; a Z report is for a closed drawer (use report x)</source>
        <translation>el cajón {drawer} sigue abierto; un informe Z es para un cajón cerrado (use report x)</translation>
    </message>
    <message>
        <source>The office database is at schema version {version}, written by a newer Tillbook than this one ({ours}).</source>
        <translation>La base de datos de la oficina está en la versión de esquema {version}, escrita por un Tillbook más nuevo que este ({ours}).</translation>
    </message>
    <message>
        <source>Cannot read the join file {file}.</source>
        <translation>No se puede leer el archivo de unión {file}.</translation>
    </message>
    <message>
        <source>{file} is not a join file from tillctl office add-station.</source>
        <translation>{file} no es un archivo de unión de tillctl office add-station.</translation>
    </message>
    <message>
        <source>{file} is for station {station}, not for this station {ours}.</source>
        <translation>{file} es para la estación {station}, no para esta estación {ours}.</translation>
    </message>
    <message>
        <source>{file}: {detail}.</source>
        <translation>{file}: {detail}.</translation>
    </message>
    <message>
        <source>This station has not joined an office (tillctl office join).</source>
        <translation>Esta estación no se ha unido a una oficina (tillctl office join).</translation>
    </message>
    <message>
        <source>{file} is not an office link Tillbook wrote.</source>
        <translation>{file} no es un enlace de oficina escrito por Tillbook.</translation>
    </message>
    <message>
        <source>The office does not know station {station} under this role; join it again with a new file from tillctl office add-station.</source>
        <translation>La oficina no conoce la estación {station} con este rol; únala de nuevo con un archivo nuevo de tillctl office add-station.</translation>
    </message>
    <message>
        <source>The CA certificate {file} is not a readable PEM certificate.</source>
        <translation>El certificado de la autoridad {file} no es un certificado PEM legible.</translation>
    </message>
    <message>
        <source>The station URL {url} names no TCP host: stations reach the office over TLS, by host name or address.</source>
        <translation>La URL de estación {url} no nombra ningún host TCP: las estaciones llegan a la oficina por TLS, por nombre de host o dirección.</translation>
    </message>
    <message>
        <source>The office in {dir} already uses another database; an office directory belongs to one database.</source>
        <translation>La oficina en {dir} ya usa otra base de datos; un directorio de oficina pertenece a una sola base de datos.</translation>
    </message>
    <message>
        <source>There is no Tillbook office in {dir} (tillctl office init makes one).</source>
        <translation>No hay ninguna oficina de Tillbook en {dir} (tillctl office init crea una).</translation>
    </message>
    <message>
        <source>{file} is not an office configuration Tillbook wrote.</source>
        <translation>{file} no es una configuración de oficina escrita por Tillbook.</translation>
    </message>
    <message>
        <source>A station id is 1 to 32 capital letters, digits and hyphens.</source>
        <translation>El identificador de una estación tiene de 1 a 32 letras mayúsculas, dígitos y guiones.</translation>
    </message>
    <message>
        <source>The card tenders come to {charged}, more than the {due} due; charge a card only what is due.</source>
        <translation>Los pagos con tarjeta suman {charged}, más que los {due} adeudados; cargue a una tarjeta solo lo adeudado.</translation>
    </message>
    <message>
        <source>the setting {key}</source>
        <translation>el ajuste {key}</translation>
    </message>
    <message>
        <source>the card terminal&apos;s batch total cannot be negative</source>
        <translation>el total del lote de la terminal de tarjetas no puede ser negativo</translation>
    </message>
    <message>
        <source>the deposit&apos;s day is a date as YYYY-MM-DD, not {day}</source>
        <translation>el día del depósito es una fecha AAAA-MM-DD, no {day}</translation>
    </message>
    <message>
        <source>a deposit needs the number of the bag it goes in</source>
        <translation>un depósito necesita el número de la bolsa en que va</translation>
    </message>
    <message>
        <source>the bag number</source>
        <translation>el número de bolsa</translation>
    </message>
    <message>
        <source>the seal number</source>
        <translation>el número de precinto</translation>
    </message>
    <message>
        <source>the bank&apos;s reference</source>
        <translation>la referencia del banco</translation>
    </message>
    <message>
        <source>drawer {drawer} of {day} is still open; close it before preparing the day&apos;s deposit</source>
        <translation>el cajón {drawer} del {day} sigue abierto; ciérrelo antes de preparar el depósito del día</translation>
    </message>
    <message>
        <source>drawer {drawer} is still open; close it before depositing it</source>
        <translation>el cajón {drawer} sigue abierto; ciérrelo antes de depositarlo</translation>
    </message>
    <message>
        <source>drawer {drawer} is already in deposit {deposit}</source>
        <translation>el cajón {drawer} ya está en el depósito {deposit}</translation>
    </message>
    <message>
        <source>mail batch {batch} of {day} is still open; close it before preparing the day&apos;s deposit</source>
        <translation>el lote de correo {batch} del {day} sigue abierto; ciérrelo antes de preparar el depósito del día</translation>
    </message>
    <message>
        <source>there is nothing to deposit for {day}: no closed drawer or mail batch of that day is left out of a deposit</source>
        <translation>no hay nada que depositar del {day}: no queda ningún cajón cerrado ni lote de correo de ese día fuera de un depósito</translation>
    </message>
    <message>
        <source>there is no deposit {deposit}</source>
        <translation>no existe el depósito {deposit}</translation>
    </message>
    <message>
        <source>deposit {deposit} was already confirmed by the bank (reference {reference})</source>
        <translation>el banco ya confirmó el depósito {deposit} (referencia {reference})</translation>
    </message>
    <message>
        <source>the amount the bank credited cannot be negative</source>
        <translation>el importe que acreditó el banco no puede ser negativo</translation>
    </message>
    <message>
        <source>the bank&apos;s date is a date as YYYY-MM-DD, not {date}</source>
        <translation>la fecha del banco es una fecha AAAA-MM-DD, no {date}</translation>
    </message>
    <message>
        <source>the bank&apos;s confirmation needs its reference</source>
        <translation>la confirmación del banco necesita su referencia</translation>
    </message>
    <message>
        <source>the bank credited {amount} against deposit {deposit} of {total}; give the reason for the {difference} difference</source>
        <translation>el banco acreditó {amount} por el depósito {deposit} de {total}; indique el motivo de la diferencia de {difference}</translation>
    </message>
    <message>
        <source>{field} looks like a full card number, which Tillbook never records; key only the last four digits</source>
        <translation>{field} parece un número de tarjeta completo, que Tillbook nunca registra; teclee solo los últimos cuatro dígitos</translation>
    </message>
    <message>
        <source>a card field</source>
        <translation>un campo de tarjeta</translation>
    </message>
    <message>
        <source>a card tender needs the terminal&apos;s approval code</source>
        <translation>un pago con tarjeta necesita el código de aprobación de la terminal</translation>
    </message>
    <message>
        <source>the approval code is 1 to 12 letters and digits from the terminal&apos;s slip</source>
        <translation>el código de aprobación son de 1 a 12 letras y dígitos del comprobante de la terminal</translation>
    </message>
    <message>
        <source>the card brand is VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, UNIONPAY or OTHER</source>
        <translation>la marca de la tarjeta es VISA, MASTERCARD, AMEX, DISCOVER, JCB, DINERS, UNIONPAY u OTHER</translation>
    </message>
    <message>
        <source>the card&apos;s last four digits must be exactly four digits</source>
        <translation>los últimos cuatro dígitos de la tarjeta deben ser exactamente cuatro dígitos</translation>
    </message>
    <message>
        <source>a terminal id is 1 to 32 letters, digits and &apos;-&apos;</source>
        <translation>el identificador de una terminal tiene de 1 a 32 letras, dígitos y &apos;-&apos;</translation>
    </message>
    <message>
        <source>the card entry method is chip, tap, swipe or keyed</source>
        <translation>el método de lectura de la tarjeta es chip, tap, swipe o keyed</translation>
    </message>
    <message>
        <source>{reason}.</source>
        <translation>{reason}.</translation>
    </message>
    <message>
        <source>a mail batch takes checks and money orders, not cash or cards.</source>
        <translation>un lote de correo acepta cheques y giros postales, no efectivo ni tarjetas.</translation>
    </message>
    <message>
        <source>a refund is paid in cash, by a refund-check request, or back to the card</source>
        <translation>un reembolso se paga en efectivo, mediante una solicitud de cheque de reembolso o de vuelta a la tarjeta</translation>
    </message>
    <message>
        <source>receipt {receipt} was not paid by card; refund it in cash or by check</source>
        <translation>el recibo {receipt} no se pagó con tarjeta; reembólselo en efectivo o con cheque</translation>
    </message>
    <message>
        <source>only {charged} of receipt {receipt} was charged to a card; refund the rest in cash or by check</source>
        <translation>solo {charged} del recibo {receipt} se cargó a una tarjeta; reembolse el resto en efectivo o con cheque</translation>
    </message>
    <message>
        <source>Refund {amount} of receipt {receipt} back to the card it was charged to</source>
        <translation>Reembolsar {amount} del recibo {receipt} a la tarjeta a la que se cargó</translation>
    </message>
    <message>
        <source>Close drawer {drawer}: cash {cash}, checks {checks}, money orders {orders}, cards {cards} over (+) or short (-), {total} in all</source>
        <translation>Cerrar el cajón {drawer}: efectivo {cash}, cheques {checks}, giros postales {orders}, tarjetas {cards} de sobrante (+) o faltante (-), {total} en total</translation>
    </message>
    <message>
        <source>deposit.bank_routing: {detail}</source>
        <translation>deposit.bank_routing: {detail}</translation>
    </message>
    <message>
        <source>Card tender not added: {reason}.</source>
        <translation>Pago con tarjeta no agregado: {reason}.</translation>
    </message>
    <message>
        <source>{key} is now {current}, typed in dollars (for example 200.00)</source>
        <translation>{key} ahora es {current}, en dólares (por ejemplo 200.00)</translation>
    </message>
    <message>
        <source>{key} is an amount in dollars such as 200.00, not {value}</source>
        <translation>{key} es un monto en dólares como 200.00, no {value}</translation>
    </message>
    <message>
        <source>{key} is a whole number, not {value}</source>
        <translation>{key} es un número entero, no {value}</translation>
    </message>
    <message>
        <source>{amount} is more than the largest single tender the station takes ({limit}, setting payment.max_tender).</source>
        <translation>{amount} supera la mayor forma de pago individual que acepta la estación ({limit}, ajuste payment.max_tender).</translation>
    </message>
    <message>
        <source>the tenders add up to {amount}, more than one payment takes ({limit}, setting payment.max_tender).</source>
        <translation>las formas de pago suman {amount}, más de lo que admite un pago ({limit}, ajuste payment.max_tender).</translation>
    </message>
    <message>
        <source>the check&apos;s amount must be more than $0.00 and at most {limit} (setting payment.max_tender).</source>
        <translation>el monto del cheque debe ser mayor que $0.00 y de {limit} como máximo (ajuste payment.max_tender).</translation>
    </message>
    <message>
        <source>the cash counted and dropped, {on_hand}, is less than the {float_kept} float to keep back (deposit.float_kept)</source>
        <translation>el efectivo contado y retirado, {on_hand}, es menor que el fondo de caja de {float_kept} que se guarda (deposit.float_kept)</translation>
    </message>
    <message>
        <source>Wrong PIN. {tries} tries left before {name} is locked out.</source>
        <translation>PIN incorrecto. Quedan {tries} intentos antes de que {name} quede bloqueado.</translation>
    </message>
    <message>
        <source>Wrong PIN. One try left before {name} is locked out.</source>
        <translation>PIN incorrecto. Queda un intento antes de que {name} quede bloqueado.</translation>
    </message>
    <message>
        <source>{key}: a general-ledger account is letters, digits, spaces and . - / only</source>
        <translation>{key}: una cuenta del libro mayor lleva solo letras, dígitos, espacios y . - /</translation>
    </message>
    <message>
        <source>the journal&apos;s day is a date as YYYY-MM-DD, not {day}</source>
        <translation>el día del asiento es una fecha AAAA-MM-DD, no {day}</translation>
    </message>
    <message>
        <source>nothing was deposited for {day}; prepare the day&apos;s deposit before its journal</source>
        <translation>no se depositó nada del {day}; prepare el depósito del día antes de su asiento</translation>
    </message>
    <message>
        <source>drawer {drawer} of {day} is in no deposit yet; deposit it before the day&apos;s journal</source>
        <translation>el cajón {drawer} del {day} aún no está en ningún depósito; deposítelo antes del asiento del día</translation>
    </message>
    <message>
        <source>mail batch {batch} of {day} is in no deposit yet; deposit it before the day&apos;s journal</source>
        <translation>el lote de correo {batch} del {day} aún no está en ningún depósito; deposítelo antes del asiento del día</translation>
    </message>
    <message>
        <source>the journal of {day} posts to the setting {key}, which names no general-ledger account yet</source>
        <translation>el asiento del {day} usa el ajuste {key}, que aún no nombra ninguna cuenta del libro mayor</translation>
    </message>
    <message>
        <source>{value} is not a time zone in tzdata; give a name such as America/Chicago</source>
        <translation>{value} no es una zona horaria de tzdata; indique un nombre como America/Chicago</translation>
    </message>
    <message>
        <source>the business day starts at a time written HH:MM, 00:00 to 23:59, not {value}</source>
        <translation>el día hábil empieza a una hora escrita HH:MM, de 00:00 a 23:59, no {value}</translation>
    </message>
    <message>
        <source>The station UI is running on this station and syncs with the office by itself, so tillctl sync did nothing.</source>
        <translation>La interfaz de la estación está abierta en esta estación y se sincroniza sola con la oficina, así que tillctl sync no hizo nada.</translation>
    </message>
    <message>
        <source>Office: connecting</source>
        <translation>Oficina: conectando</translation>
    </message>
    <message>
        <source>Office: up to date</source>
        <translation>Oficina: al día</translation>
    </message>
    <message>
        <source>Office: sending new records</source>
        <translation>Oficina: enviando registros nuevos</translation>
    </message>
    <message>
        <source>Office: offline since {time}, {count} records to send</source>
        <translation>Oficina: sin conexión desde {time}, {count} registros por enviar</translation>
    </message>
    <message>
        <source>Office: offline since {time}, 1 record to send</source>
        <translation>Oficina: sin conexión desde {time}, 1 registro por enviar</translation>
    </message>
    <message>
        <source>Office: offline since {time}, nothing to send</source>
        <translation>Oficina: sin conexión desde {time}, nada por enviar</translation>
    </message>
    <message>
        <source>Office: this station is frozen, call a supervisor</source>
        <translation>Oficina: esta estación está congelada, llame a un supervisor</translation>
    </message>
    <message>
        <source>receipt.verify_url is a web address starting with https:// without spaces, not {value}</source>
        <translation>receipt.verify_url es una dirección web que empieza por https:// y no tiene espacios, no {value}</translation>
    </message>
    <message>
        <source>a convenience fee is none, a flat amount such as 2.35, or a percentage such as 2.5% with at most two decimals, not &quot;{value}&quot;</source>
        <translation>un cargo por conveniencia es none, un monto fijo como 2.35 o un porcentaje como 2.5% con dos decimales como máximo, no &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>a flat convenience fee is more than $0.00 and at most {max}</source>
        <translation>un cargo por conveniencia fijo es mayor que $0.00 y de {max} como máximo</translation>
    </message>
    <message>
        <source>a convenience fee percentage is more than 0% and at most {max}%</source>
        <translation>un cargo por conveniencia porcentual es mayor que 0% y de {max}% como máximo</translation>
    </message>
    <message>
        <source>{key}: {reason}</source>
        <translation>{key}: {reason}</translation>
    </message>
    <message>
        <source>{key} names no fund: card_fee. is followed by a fund code (1-20 of A-Z, 0-9, &apos;-&apos; and &apos;.&apos;)</source>
        <translation>{key} no nombra un fondo: después de card_fee. va un código de fondo (1-20 de A-Z, 0-9, &apos;-&apos; y &apos;.&apos;)</translation>
    </message>
    <message>
        <source>{key} cannot be set: a credit left on an account is not revenue and carries no convenience fee</source>
        <translation>{key} no se puede fijar: un crédito dejado en una cuenta no es ingreso y no lleva cargo por conveniencia</translation>
    </message>
    <message>
        <source>a refund of receipt {receipt} must be more than $0.00 and at most {refundable}; its {fee} card convenience fee is not refunded (a void returns it)</source>
        <translation>un reembolso del recibo {receipt} debe ser mayor que $0.00 y de {refundable} como máximo; su cargo por conveniencia de tarjeta de {fee} no se reembolsa (una anulación lo devuelve)</translation>
    </message>
    <message>
        <source>{operator} is not an active supervisor at any window the office holds records of; a supervisor approves the office&apos;s day.</source>
        <translation>{operator} no es supervisor activo en ninguna ventanilla de la que la oficina tenga registros; el día de la oficina lo aprueba un supervisor.</translation>
    </message>
    <message>
        <source>{station} has {count} records the office has not verified yet; run tillctl office process, then approve the day.</source>
        <translation>{station} tiene {count} registros que la oficina aún no ha verificado; ejecute tillctl office process y luego apruebe el día.</translation>
    </message>
    <message>
        <source>{station} is frozen ({state}) at seq {seq}; the office approves the day once a supervisor has resolved it.</source>
        <translation>{station} está congelada ({state}) en la secuencia {seq}; la oficina aprueba el día cuando un supervisor lo haya resuelto.</translation>
    </message>
    <message>
        <source>{station}: {work} is {state}; the office approves the day once every window&apos;s drawers and mail batches are reviewed.</source>
        <translation>{station}: {work} está {state}; la oficina aprueba el día cuando los cajones y lotes de correo de todas las ventanillas estén revisados.</translation>
    </message>
    <message>
        <source>{day} was approved at the office by {operator} ({time}), and no drawer or mail batch was opened on it since.</source>
        <translation>{day} ya fue aprobado en la oficina por {operator} ({time}) y desde entonces no se abrió ningún cajón ni lote de correo en ese día.</translation>
    </message>
    <message>
        <source>utility</source>
        <comment>bill kind</comment>
        <translation>servicios</translation>
    </message>
    <message>
        <source>permit</source>
        <comment>bill kind</comment>
        <translation>permiso</translation>
    </message>
    <message>
        <source>license</source>
        <comment>bill kind</comment>
        <translation>licencia</translation>
    </message>
    <message>
        <source>fee</source>
        <comment>bill kind</comment>
        <translation>cargo</translation>
    </message>
    <message>
        <source>installment</source>
        <comment>bill kind</comment>
        <translation>cuota</translation>
    </message>
    <message>
        <source>start</source>
        <comment>service order type</comment>
        <translation>alta</translation>
    </message>
    <message>
        <source>stop</source>
        <comment>service order type</comment>
        <translation>baja</translation>
    </message>
    <message>
        <source>transfer</source>
        <comment>service order type</comment>
        <translation>traslado</translation>
    </message>
    <message>
        <source>installation</source>
        <comment>service order type</comment>
        <translation>instalación</translation>
    </message>
    <message>
        <source>open</source>
        <comment>service order status</comment>
        <translation>abierta</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>service order status</comment>
        <translation>programada</translation>
    </message>
    <message>
        <source>done</source>
        <comment>service order status</comment>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>service order status</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>cash</source>
        <comment>tender kind</comment>
        <translation>efectivo</translation>
    </message>
    <message>
        <source>check</source>
        <comment>tender kind</comment>
        <translation>cheque</translation>
    </message>
    <message>
        <source>money order</source>
        <comment>tender kind</comment>
        <translation>giro postal</translation>
    </message>
    <message>
        <source>card</source>
        <comment>tender kind</comment>
        <translation>tarjeta</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>installment frequency</comment>
        <translation>semanal</translation>
    </message>
    <message>
        <source>biweekly</source>
        <comment>installment frequency</comment>
        <translation>quincenal</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>installment frequency</comment>
        <translation>mensual</translation>
    </message>
    <message>
        <source>cashier</source>
        <comment>operator role</comment>
        <translation>cajero</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>operator role</comment>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <comment>operator role</comment>
        <translation>administrador</translation>
    </message>
    <message>
        <source>accepted</source>
        <comment>mail batch item status</comment>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>exception</source>
        <comment>mail batch item status</comment>
        <translation>excepción</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>mail batch item status</comment>
        <translation>retirada</translation>
    </message>
    <message>
        <source>No printer</source>
        <comment>receipt printer state</comment>
        <translation>Sin impresora</translation>
    </message>
    <message>
        <source>Checking</source>
        <comment>receipt printer state</comment>
        <translation>Verificando</translation>
    </message>
    <message>
        <source>Ready</source>
        <comment>receipt printer state</comment>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Out of paper</source>
        <comment>receipt printer state</comment>
        <translation>Sin papel</translation>
    </message>
    <message>
        <source>Cover open</source>
        <comment>receipt printer state</comment>
        <translation>Tapa abierta</translation>
    </message>
    <message>
        <source>Offline</source>
        <comment>receipt printer state</comment>
        <translation>Desconectada</translation>
    </message>
    <message>
        <source>Fault</source>
        <comment>receipt printer state</comment>
        <translation>Falla</translation>
    </message>
    <message>
        <source>Not answering</source>
        <comment>receipt printer state</comment>
        <translation>No responde</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper: load a new roll and close the cover.</source>
        <translation>La impresora de recibos no tiene papel: cargue un rollo nuevo y cierre la tapa.</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open: close it.</source>
        <translation>La tapa de la impresora de recibos está abierta: ciérrela.</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cutter is jammed: open the cover, clear the paper and close it.</source>
        <translation>La cuchilla de la impresora de recibos está atascada: abra la tapa, retire el papel y ciérrela.</translation>
    </message>
    <message>
        <source>The receipt printer reports a fault: switch it off and on again.</source>
        <translation>La impresora de recibos informa una falla: apáguela y vuelva a encenderla.</translation>
    </message>
    <message>
        <source>The receipt printer is offline: check that it is switched on and its cover is closed.</source>
        <translation>La impresora de recibos está desconectada: compruebe que esté encendida y con la tapa cerrada.</translation>
    </message>
    <message>
        <source>The receipt printer is ready; its paper is running low.</source>
        <translation>La impresora de recibos está lista; le queda poco papel.</translation>
    </message>
    <message>
        <source>The receipt printer is ready.</source>
        <translation>La impresora de recibos está lista.</translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Impreso.</translation>
    </message>
    <message>
        <source>Printed; the paper is running low.</source>
        <translation>Impreso; queda poco papel.</translation>
    </message>
    <message>
        <source>Not printed. {status}</source>
        <translation>No se imprimió. {status}</translation>
    </message>
    <message>
        <source>The printer stopped during the job, so the paper is not a whole document. {status} Then print it again.</source>
        <translation>La impresora se detuvo durante el trabajo, así que el papel no es un documento completo. {status} Luego vuelva a imprimirlo.</translation>
    </message>
    <message>
        <source>The printer did not confirm the job within {seconds} s: check the paper and print it again if it is not whole.</source>
        <translation>La impresora no confirmó el trabajo en {seconds} s: revise el papel y vuelva a imprimirlo si no está completo.</translation>
    </message>
    <message>
        <source>No receipt printer is set up in devices.json.</source>
        <translation>No hay una impresora de recibos configurada en devices.json.</translation>
    </message>
    <message>
        <source>Not printed. {detail}</source>
        <translation>No se imprimió. {detail}</translation>
    </message>
    <message numerus="yes">
        <source>the station&apos;s latest record ({last}) leaves {days} whole day(s) before today, and simulated days never run into the present; ask for at most {days}</source>
        <translation>
            <numerusform>desde el último registro de la estación ({last}) hasta hoy queda {days} día completo, y los días simulados nunca llegan al presente; pida como máximo {days}</numerusform>
            <numerusform>desde el último registro de la estación ({last}) hasta hoy quedan {days} días completos, y los días simulados nunca llegan al presente; pida como máximo {days}</numerusform>
        </translation>
    </message>
    <message>
        <source>$100 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $100</translation>
    </message>
    <message>
        <source>$50 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $50</translation>
    </message>
    <message>
        <source>$20 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $20</translation>
    </message>
    <message>
        <source>$10 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $10</translation>
    </message>
    <message>
        <source>$5 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $5</translation>
    </message>
    <message>
        <source>$2 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $2</translation>
    </message>
    <message>
        <source>$1 notes</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>billetes de $1</translation>
    </message>
    <message>
        <source>$1 coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>monedas de $1</translation>
    </message>
    <message>
        <source>50¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>monedas de 50¢</translation>
    </message>
    <message>
        <source>25¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>monedas de 25¢</translation>
    </message>
    <message>
        <source>10¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>monedas de 10¢</translation>
    </message>
    <message>
        <source>5¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>monedas de 5¢</translation>
    </message>
    <message>
        <source>1¢ coins</source>
        <comment>a pile of one denomination in a cash count</comment>
        <translation>monedas de 1¢</translation>
    </message>
    <message>
        <source>The office&apos;s setting change {id} ({key}) does not carry a valid signature by the office key, so the office day cannot be read; a supervisor must look.</source>
        <translation>El cambio {id} de la configuración de la oficina ({key}) no lleva una firma válida de la clave de la oficina, así que no se puede leer el día de la oficina; un supervisor debe revisarlo.</translation>
    </message>
    <message>
        <source>{operator} is not an active supervisor at any window the office holds records of; a supervisor prepares and confirms the office&apos;s deposits.</source>
        <translation>{operator} no es un supervisor activo en ninguna ventanilla de la que la oficina tenga registros; un supervisor prepara y confirma los depósitos de la oficina.</translation>
    </message>
    <message>
        <source>{station} has {count} records the office has not verified yet; run tillctl office process first, since the office&apos;s deposits and journal are made from verified records only.</source>
        <translation>{station} tiene {count} registros que la oficina aún no ha verificado; ejecute primero tillctl office process, porque los depósitos y el diario de la oficina se hacen solo con registros verificados.</translation>
    </message>
    <message>
        <source>{station} is frozen ({state}) at seq {seq}; the office makes no deposit or journal until a supervisor has resolved it.</source>
        <translation>{station} está congelada ({state}) en el registro {seq}; la oficina no hace depósitos ni diario hasta que un supervisor lo haya resuelto.</translation>
    </message>
    <message>
        <source>{station} deposits to bank account {account} and {other} to {other_account}; one office deposit goes to one bank account, so make the windows&apos; deposit.bank_account the same.</source>
        <translation>{station} deposita en la cuenta bancaria {account} y {other} en {other_account}; un depósito de la oficina va a una sola cuenta bancaria, así que iguale el deposit.bank_account de las ventanillas.</translation>
    </message>
    <message>
        <source>drawer {drawer} is already in the office&apos;s deposit {deposit}</source>
        <translation>el cajón {drawer} ya está en el depósito {deposit} de la oficina</translation>
    </message>
    <message>
        <source>Balanced: the count matches what the drawer should hold</source>
        <translation>Cuadrado: el conteo coincide con lo que debe tener el cajón</translation>
    </message>
    <message>
        <source>Short {amount}, within the {tolerance} tolerance</source>
        <translation>Faltan {amount}, dentro de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Over {amount}, within the {tolerance} tolerance</source>
        <translation>Sobran {amount}, dentro de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Short {amount}, beyond the {tolerance} tolerance</source>
        <translation>Faltan {amount}, fuera de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Over {amount}, beyond the {tolerance} tolerance</source>
        <translation>Sobran {amount}, fuera de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Short {amount} in all, but one tender is beyond the {tolerance} tolerance</source>
        <translation>Faltan {amount} en total, pero una forma de pago está fuera de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Over {amount} in all, but one tender is beyond the {tolerance} tolerance</source>
        <translation>Sobran {amount} en total, pero una forma de pago está fuera de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Even in all, but the tenders differ, within the {tolerance} tolerance</source>
        <translation>Cuadrado en total, pero las formas de pago difieren, dentro de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>Even in all, but one tender is beyond the {tolerance} tolerance</source>
        <translation>Cuadrado en total, pero una forma de pago está fuera de la tolerancia de {tolerance}</translation>
    </message>
    <message>
        <source>the office already deposited drawer {drawer} in its deposit {deposit}; it cannot be deposited again here</source>
        <translation>la oficina ya depositó el cajón {drawer} en su depósito {deposit}; no se puede depositar otra vez aquí</translation>
    </message>
    <message>
        <source>{station} deposited {work} in its own deposit {own} after the office deposited it in {deposit}: the money is counted twice; take the office&apos;s deposit back at the bank and void it (tillctl office deposit void).</source>
        <translation>{station} depositó {work} en su propio depósito {own} después de que la oficina lo depositara en {deposit}: el dinero se cuenta dos veces; retire del banco el depósito de la oficina y anúlelo (tillctl office deposit void).</translation>
    </message>
    <message>
        <source>The office&apos;s journal of {day} is not exported, since it would post money twice: {problem}</source>
        <translation>El diario contable de la oficina del {day} no se exporta, porque asentaría dinero dos veces: {problem}</translation>
    </message>
    <message>
        <source>{day} is not approved at the office while a deposit takes money twice: {problem}</source>
        <translation>El {day} no se aprueba en la oficina mientras un depósito toma dinero dos veces: {problem}</translation>
    </message>
    <message>
        <source>the office&apos;s deposit {deposit} was voided by {operator} ({reason}); it is not confirmed or voided again</source>
        <translation>el depósito {deposit} de la oficina fue anulado por {operator} ({reason}); no se confirma ni se anula otra vez</translation>
    </message>
    <message>
        <source>the office&apos;s deposit {deposit} was confirmed by the bank (reference {reference}), so it was not taken back and is not voided</source>
        <translation>el banco confirmó el depósito {deposit} de la oficina (referencia {reference}), así que no se retiró y no se anula</translation>
    </message>
    <message>
        <source>give the reason the office&apos;s deposit is voided</source>
        <translation>indique por qué se anula el depósito de la oficina</translation>
    </message>
    <message>
        <source>{work} of {day} went in the office&apos;s deposit {deposit}, which this window&apos;s journal cannot post once and only once; export the day&apos;s journal at the office (tillctl office export gl)</source>
        <translation>{work} del {day} fue al depósito {deposit} de la oficina, que el diario contable de esta ventanilla no puede asentar una sola vez; exporte el diario del día en la oficina (tillctl office export gl)</translation>
    </message>
    <message>
        <source>Account {account} is closed.</source>
        <translation>La cuenta {account} está cerrada.</translation>
    </message>
    <message>
        <source>Account {account} pays in cash only.</source>
        <translation>La cuenta {account} paga solo en efectivo.</translation>
    </message>
    <message>
        <source>Payment, receipt {receipt}</source>
        <translation>Pago, recibo {receipt}</translation>
    </message>
    <message>
        <source>Void of receipt {receipt}</source>
        <translation>Anulación del recibo {receipt}</translation>
    </message>
    <message>
        <source>Refund of receipt {receipt}</source>
        <translation>Reembolso del recibo {receipt}</translation>
    </message>
    <message>
        <source>Returned check on receipt {receipt}</source>
        <translation>Cheque devuelto del recibo {receipt}</translation>
    </message>
    <message>
        <source>Arrangement {id}: {installments} {frequency} installments, total {total}</source>
        <translation>Plan de pago {id}: {installments} cuotas ({frequency}), total {total}</translation>
    </message>
    <message>
        <source>Arrangement {id} broken: {remaining} due now</source>
        <translation>Plan de pago {id} incumplido: se deben {remaining} ahora</translation>
    </message>
    <message>
        <source>Changed {changes}</source>
        <translation>Se cambió {changes}</translation>
    </message>
    <message>
        <source>Changed {changes} {reason}</source>
        <translation>Se cambió {changes} {reason}</translation>
    </message>
    <message>
        <source>{field} from &quot;{old}&quot; to &quot;{new}&quot;;</source>
        <translation>{field} de &quot;{old}&quot; a &quot;{new}&quot;;</translation>
    </message>
    <message>
        <source>Credit {amount} on bill {bill}: {reason}</source>
        <comment>a line of an account&apos;s history</comment>
        <translation>Abono de {amount} a la factura {bill}: {reason}</translation>
    </message>
    <message>
        <source>Debit {amount} on bill {bill}: {reason}</source>
        <comment>a line of an account&apos;s history</comment>
        <translation>Cargo de {amount} a la factura {bill}: {reason}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
    <message>
        <source>Service order {id}: {type} on {date} ({reason})</source>
        <translation>Orden de servicio {id}: {type} para el {date} ({reason})</translation>
    </message>
    <message>
        <source>Service order {id} {status}</source>
        <translation>Orden de servicio {id}: {status}</translation>
    </message>
    <message>
        <source>Service order {id} {status}, meter {meter}</source>
        <translation>Orden de servicio {id}: {status}, medidor {meter}</translation>
    </message>
    <message>
        <source>$100</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$100</translation>
    </message>
    <message>
        <source>$50</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$50</translation>
    </message>
    <message>
        <source>$20</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$20</translation>
    </message>
    <message>
        <source>$10</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$10</translation>
    </message>
    <message>
        <source>$5</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$5</translation>
    </message>
    <message>
        <source>$2</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$2</translation>
    </message>
    <message>
        <source>$1</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>$1</translation>
    </message>
    <message>
        <source>$1 coin</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>moneda de $1</translation>
    </message>
    <message>
        <source>50¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>50¢</translation>
    </message>
    <message>
        <source>25¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>25¢</translation>
    </message>
    <message>
        <source>10¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>10¢</translation>
    </message>
    <message>
        <source>5¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>5¢</translation>
    </message>
    <message>
        <source>1¢</source>
        <comment>a denomination on the cash count&apos;s grid</comment>
        <translation>1¢</translation>
    </message>
</context>
<context>
    <name>OfficeDayPanel</name>
    <message>
        <source>Office: every window&apos;s day</source>
        <translation>Oficina: el día de todas las ventanillas</translation>
    </message>
    <message>
        <source>postings %1</source>
        <translation>movimientos %1</translation>
    </message>
    <message>
        <source>Approved at the office by %1</source>
        <translation>Aprobado en la oficina por %1</translation>
    </message>
    <message>
        <source>Not approved at the office yet</source>
        <translation>Aún no aprobado en la oficina</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n payment(s) %2, reversed %3, postings %4</source>
        <translation>
            <numerusform>%1: %n pago %2, revertido %3, movimientos %4</numerusform>
            <numerusform>%1: %n pagos %2, revertido %3, movimientos %4</numerusform>
        </translation>
    </message>
    <message>
        <source> (frozen at the office)</source>
        <translation> (congelada en la oficina)</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>New order</source>
        <translation>Nueva orden</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Traslado</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Service address (empty: the account&apos;s)</source>
        <translation>Dirección de servicio (vacío: la de la cuenta)</translation>
    </message>
    <message>
        <source>Requested date</source>
        <translation>Fecha solicitada</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>Depósito</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Record the order</source>
        <translation>Registrar la orden</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programadas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Completadas</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Canceladas</translation>
    </message>
    <message>
        <source>No orders here.</source>
        <translation>No hay órdenes aquí.</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programada para</translation>
    </message>
    <message>
        <source>Meter reading</source>
        <translation>Lectura del medidor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>Done (with reading)</source>
        <translation>Completada (con lectura)</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar orden</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
</context>
<context>
    <name>PaymentController</name>
    <message>
        <source>Bill %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check %1</source>
        <translation>Cheque %1</translation>
    </message>
    <message>
        <source>Money order %1</source>
        <translation>Giro %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Account %1 is closed; payments cannot be taken on it.</source>
        <translation>La cuenta %1 está cerrada; no se pueden recibir pagos en ella.</translation>
    </message>
    <message>
        <source>A tender must be more than $0.00.</source>
        <translation>Una forma de pago debe ser mayor que $0.00.</translation>
    </message>
    <message>
        <source>Payment not recorded: nobody is signed in.</source>
        <translation>Pago no registrado: no hay ninguna sesión iniciada.</translation>
    </message>
    <message>
        <source>Payment not recorded: %1</source>
        <translation>Pago no registrado: %1</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>No existe el recibo %1.</translation>
    </message>
    <message>
        <source>Refund amount: %1</source>
        <translation>Monto del reembolso: %1</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No se registró: %1</translation>
    </message>
    <message>
        <source>The payment on the screen could not be kept on disk: %1</source>
        <translation>El pago en pantalla no se pudo guardar en el disco: %1</translation>
    </message>
    <message>
        <source>The payment kept from before the station stopped could not be read (%1); it was set aside.</source>
        <translation>El pago guardado de antes de que se detuviera la estación no se pudo leer (%1); se apartó.</translation>
    </message>
    <message>
        <source>%1 ****%2 approval %3</source>
        <translation>%1 ****%2 aprobación %3</translation>
    </message>
    <message>
        <source>Card convenience fee (%1)</source>
        <translation>Cargo por conveniencia de tarjeta (%1)</translation>
    </message>
</context>
<context>
    <name>PinDots</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n dígito ingresado</numerusform>
            <numerusform>%n dígitos ingresados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <source>Delete last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>Not printed: the X report prints after a supervisor approves showing it.</source>
        <translation>No se imprimió: el informe X se imprime después de que un supervisor apruebe mostrarlo.</translation>
    </message>
    <message>
        <source>Not printed: there is no document &quot;%1&quot; for a closed drawer.</source>
        <translation>No se imprimió: no existe el documento &quot;%1&quot; para un cajón cerrado.</translation>
    </message>
    <message>
        <source>%1 printed again, marked REPRINT.</source>
        <translation>%1: reimpreso, marcado como REPRINT.</translation>
    </message>
    <message>
        <source>%1 printed.</source>
        <translation>%1: impreso.</translation>
    </message>
    <message>
        <source>%1 The PDF is kept; print it again when the printer is ready.</source>
        <translation>%1 Se conserva el PDF; volver a imprimir cuando la impresora esté lista.</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>No se imprimió: %1</translation>
    </message>
    <message>
        <source>%1 is still printing: wait for it.</source>
        <translation>%1: todavía se está imprimiendo; esperar a que termine.</translation>
    </message>
    <message>
        <source>%1 is printing…</source>
        <translation>%1: imprimiendo…</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>X report %1</source>
        <translation>Informe X %1</translation>
    </message>
    <message>
        <source>Z report %1</source>
        <translation>Informe Z %1</translation>
    </message>
    <message>
        <source>Deposit slip %1</source>
        <translation>Comprobante de depósito %1</translation>
    </message>
    <message>
        <source>Promissory note %1</source>
        <translation>Pagaré %1</translation>
    </message>
    <message>
        <source>Service order %1</source>
        <translation>Orden de servicio %1</translation>
    </message>
    <message>
        <source>Deposit %1</source>
        <translation>Depósito %1</translation>
    </message>
    <message>
        <source>Refund-check request</source>
        <translation>Solicitud de cheque de reembolso</translation>
    </message>
    <message>
        <source>Mail batch %1 proof list</source>
        <translation>Lista de comprobación del lote de correo %1</translation>
    </message>
    <message>
        <source>Mail batch %1 deposit slip</source>
        <translation>Comprobante de depósito del lote de correo %1</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Informe de actividad</translation>
    </message>
</context>
<context>
    <name>ReceiptConfirmation</name>
    <message>
        <source>Payment recorded</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Tendered</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Print receipt (P)</source>
        <translation>Imprimir recibo (P)</translation>
    </message>
    <message>
        <source>Next customer (Enter)</source>
        <translation>Siguiente cliente (Enter)</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Void or refund a receipt</source>
        <translation>Anular o reembolsar un recibo</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Número de recibo</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · refunded %4 · %5</source>
        <translation>%1 · %2 · %3 · reembolsado %4 · %5</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>anulado</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>Void the whole receipt (supervisor)</source>
        <translation>Anular todo el recibo (supervisor)</translation>
    </message>
    <message>
        <source>Or refund (taken in a drawer that is closed now, or only part of it):</source>
        <translation>O reembolsar (si se cobró en un cajón ya cerrado, o solo una parte):</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <source>In cash</source>
        <translation>En efectivo</translation>
    </message>
    <message>
        <source>By refund check</source>
        <translation>Con cheque de reembolso</translation>
    </message>
    <message>
        <source>Refund (supervisor)</source>
        <translation>Reembolsar (supervisor)</translation>
    </message>
    <message>
        <source>Print the refund-check request for the finance office</source>
        <translation>Imprimir la solicitud de cheque de reembolso para la oficina de finanzas</translation>
    </message>
    <message>
        <source>Done (Esc)</source>
        <translation>Listo (Esc)</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Approved; sealed by the signed checkpoint after record %1</source>
        <translation>Aprobado; sellado por el punto de control firmado después del registro %1</translation>
    </message>
    <message>
        <source>Not approved yet</source>
        <translation>Aún no aprobado</translation>
    </message>
    <message>
        <source>Approve the day</source>
        <translation>Aprobar el día</translation>
    </message>
    <message>
        <source>No drawer or mail batch was opened on this day.</source>
        <translation>No se abrió ningún cajón ni lote de correo este día.</translation>
    </message>
    <message>
        <source>over/short %1</source>
        <translation>sobrante/faltante %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Aprobar</translation>
    </message>
    <message>
        <source>%1 came back from %2: %3</source>
        <translation>%1 devuelto por %2: %3</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Send back for review</source>
        <translation>Reenviar para revisión</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s)</source>
        <translation>
            <numerusform>%n excepción</numerusform>
            <numerusform>%n excepciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Over/short or exceptions</source>
        <translation>Sobrante/faltante o excepciones</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Drawer %1</source>
        <translation>Cajón %1</translation>
    </message>
    <message>
        <source>Mail batch %1</source>
        <translation>Lote de correo %1</translation>
    </message>
    <message>
        <source>Print the count</source>
        <translation>Imprimir el arqueo</translation>
    </message>
    <message>
        <source>Print the proof list</source>
        <translation>Imprimir la lista de comprobación</translation>
    </message>
    <message>
        <source>Reason %1 goes back to its cashier</source>
        <translation>Motivo por el que %1 vuelve a su cajero</translation>
    </message>
    <message>
        <source>Send back</source>
        <translation>Devolver</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The lock was not recorded: %1</source>
        <translation>El bloqueo no se registró: %1</translation>
    </message>
    <message>
        <source>Unlock failed: %1</source>
        <translation>No se pudo desbloquear: %1</translation>
    </message>
    <message>
        <source>Sign-out was not recorded: %1</source>
        <translation>El cierre de sesión no se registró: %1</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>No se registró: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>No se pudo iniciar sesión: %1</translation>
    </message>
    <message>
        <source>The station&apos;s clock was set back from %1 to %2 (ledger record %3); records after it carry the clock&apos;s time. A supervisor should check the clock.</source>
        <translation>El reloj de la estación se atrasó de %1 a %2 (registro del libro %3); los registros posteriores llevan la hora del reloj. Un supervisor debe revisar el reloj.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <source>Station %1</source>
        <translation>Estación %1</translation>
    </message>
    <message>
        <source>Who is signing in?</source>
        <translation>¿Quién inicia sesión?</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operadores</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>↑ ↓ choose · digits type the PIN · Enter signs in · Esc clears</source>
        <translation>↑ ↓ elegir · dígitos: PIN · Enter inicia sesión · Esc borra</translation>
    </message>
    <message>
        <source>Choose your name</source>
        <translation>Elegir el nombre</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Ingresar el PIN</translation>
    </message>
    <message>
        <source>Supervisor: clear the lockout</source>
        <translation>Supervisor: quitar el bloqueo</translation>
    </message>
    <message>
        <source>Station %1 · DEMO: not for real money</source>
        <translation>Estación %1 · DEMO: no es para dinero real</translation>
    </message>
</context>
<context>
    <name>StationHeader</name>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Cajero</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>F11 or Ctrl+L</source>
        <translation>F11 o Ctrl+L</translation>
    </message>
    <message>
        <source>F12 or Ctrl+Q</source>
        <translation>F12 o Ctrl+Q</translation>
    </message>
    <message>
        <source>Reader</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>%1 · DEMO</source>
        <translation>%1 · DEMO</translation>
    </message>
    <message>
        <source>No drawer open</source>
        <translation>Ningún cajón abierto</translation>
    </message>
    <message>
        <source>Drawer %1 open</source>
        <translation>Cajón %1 abierto</translation>
    </message>
    <message>
        <source>%1&apos;s drawer open</source>
        <translation>Cajón de %1 abierto</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Cajón de efectivo</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <source>shut</source>
        <translation>cerrado</translation>
    </message>
    <message>
        <source>not answering</source>
        <translation>no responde</translation>
    </message>
    <message>
        <source>Menu: Devices and Sign out</source>
        <translation>Menú: Dispositivos y Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out (F12)</source>
        <translation>Cerrar sesión (F12)</translation>
    </message>
</context>
<context>
    <name>TransactionPanel</name>
    <message>
        <source>No payment in progress</source>
        <translation>No hay un pago en curso</translation>
    </message>
    <message>
        <source>Total due</source>
        <translation>Total a pagar</translation>
    </message>
    <message>
        <source>Remove tender %1</source>
        <translation>Quitar forma de pago %1</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Monto recibido</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <source>Money order</source>
        <translation>Giro</translation>
    </message>
    <message>
        <source>Still due</source>
        <translation>Falta pagar</translation>
    </message>
    <message>
        <source>Complete payment</source>
        <translation>Completar pago</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Convenience fee</source>
        <translation>Cargo por conveniencia</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Exacto %1</translation>
    </message>
</context>
<context>
    <name>XReportView</name>
    <message>
        <source>X report</source>
        <translation>Informe X</translation>
    </message>
    <message>
        <source>Drawer %1 · %2 · figures so far</source>
        <translation>Cajón %1 · %2 · cifras hasta ahora</translation>
    </message>
    <message>
        <source>Print the X report</source>
        <translation>Imprimir el informe X</translation>
    </message>
    <message>
        <source>Done (nothing is closed)</source>
        <translation>Listo (no se cierra nada)</translation>
    </message>
</context>
</TS>
